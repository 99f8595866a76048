"""p210 · im2col: 4차원 이미지를 2차원 행렬로 (im2col: 4-D images into a 2-D matrix)

[문제]
common/util.py 안에 im2col 함수를 사용해서 아래 4차원 행렬을 2차원으로 변경하시오 (책의 im2col(input_data, filter_h, filter_w, stride=1, pad=0) 을 직접 구현하세요.)

[Problem]
Use the im2col function in common/util.py to turn the 4-D matrix below into 2-D. (Implement the book's im2col(input_data, filter_h, filter_w, stride=1, pad=0) yourself.)

주어진 것 / Given:
    a = np.random.rand(1, 3, 7, 7)
    im2col(a, 5, 5, stride=1, pad=0)

예시 / Example:
    >>> im2col(np.random.rand(1, 3, 7, 7), 5, 5, stride=1, pad=0).shape
    (9, 75)

힌트 / Hints: grade hint p210

채점 / Grade: grade p210
"""
import numpy as np


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) images -> a 2-D array (N * OH * OW, C * FH * FW): one row per filter-sized window (book: common/util.py).

    OH = (H + 2*pad - filter_h) // stride + 1 (OW likewise). Pad with np.pad, fill col (N, C, FH, FW, OH, OW),
    then col.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, -1): rows are windows, columns channel, row, column.
    """
    raise NotImplementedError
