"""p201 · 패딩한 이미지의 3 x 3 창: R, G, B (A 3 x 3 window of the padded image: R, G, B)

[문제]
위의 3x3 행렬의 RGB 행렬을 각각 출력하면? (패딩한 (C, H, W) 이미지와 창의 위치 row, col, 크기 size 를 받아 모든 채널의 그 창 (C, size, size) 를 돌려주는 함수로 만드세요. 노트가 출력한 Blue 행렬은 다른 data 의 것이라, 여기서는 p189 의 data 로 다시 계산했습니다.)

[Problem]
What are the RGB matrices of the top-left 3 x 3 window above? (Write a function: it takes the padded (C, H, W) image, the window's position row, col and its size, and returns that window of every channel, (C, size, size). The notes print a blue matrix of another data array; here it is recomputed from p189's data.)

주어진 것 / Given:
    data = np.array([[[2, 2, 1, 1, 0],
                      [0, 0, 1, 0, 0],
                      [0, 2, 0, 0, 1],
                      [1, 2, 1, 1, 1],
                      [1, 0, 1, 0, 1]],
                     [[2, 0, 0, 0, 1],
                      [0, 2, 2, 0, 1],
                      [0, 0, 0, 0, 2],
                      [0, 1, 2, 0, 1],
                      [2, 0, 2, 2, 2]],
                     [[4, 2, 1, 2, 2],
                      [0, 1, 0, 4, 2],
                      [3, 0, 6, 2, 2],
                      [4, 2, 4, 5, 2],
                      [3, 4, 1, 0, 0]]])
    data_pad = np.pad(data, ((0, 0), (1, 1), (1, 1)))   # (3, 7, 7), p198

예시 / Example:
    >>> window_channels(data_pad, 0, 0, 3)
    array([[[0, 0, 0],
            [0, 2, 2],
            [0, 0, 0]],

           [[0, 0, 0],
            [0, 2, 0],
            [0, 0, 2]],

           [[0, 0, 0],
            [0, 4, 2],
            [0, 0, 1]]])

힌트 / Hints: grade hint p201

채점 / Grade: grade p201
"""
import numpy as np


def window_channels(x: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    """The size x size window at (row, col) of every channel of a (C, H, W) image: shape (C, size, size)."""
    raise NotImplementedError
