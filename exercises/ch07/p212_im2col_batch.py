"""p212 · 사진 10장을 im2col로 (Ten photos through im2col)

[문제]
아이린 사진 10장을 im2col 함수의 넣어서 2차원 행렬로 변환하시오 (Filter : 5 x 5) (사진 묶음 (N, C, H, W) 를 받아 5 x 5 필터, stride 1, pad 0 의 im2col 결과를 돌려주는 함수로 만드세요.)

[Problem]
Put the 10 Irene photos into im2col and convert them into a 2-D matrix (filter 5 x 5). (Write a function: it takes a batch of photos (N, C, H, W) and returns im2col's result for a 5 x 5 filter, stride 1, pad 0.)

주어진 것 / Given:
    i_lyn = np.random.rand(10, 3, 7, 7)
    im2col(i_lyn, 5, 5, stride=1, pad=0)

예시 / Example:
    >>> photos_to_columns(np.random.rand(10, 3, 7, 7)).shape
    (90, 75)

힌트 / Hints: grade hint p212

채점 / Grade: grade p212
"""
import numpy as np

# Copy your finished pieces from the earlier problems in here, or delete a skeleton and import it
# (files of one chapter folder can import each other: `from p210_im2col import im2col`).


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) images -> a 2-D array (N * OH * OW, C * FH * FW): one row per filter-sized window (book: common/util.py).

    OH = (H + 2*pad - filter_h) // stride + 1 (OW likewise). Pad with np.pad, fill col (N, C, FH, FW, OH, OW),
    then col.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, -1): rows are windows, columns channel, row, column.
    """
    raise NotImplementedError


def photos_to_columns(photos: np.ndarray) -> np.ndarray:
    """im2col of the photos with a 5 x 5 filter, stride 1, pad 0: (N * OH * OW, C * 25)."""
    raise NotImplementedError
