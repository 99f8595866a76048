"""p190 · data 의 shape: (채널, 높이, 너비) (The shape of data: (channels, height, width))

[문제]
문제 189번의 data 행렬의 shape를 확인하시오 (배열을 받아 그 shape 을 돌려주는 함수로 만드세요.)

[Problem]
Check the shape of the data matrix from problem 189. (Write a function: it takes the array and returns its shape.)

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

예시 / Example:
    >>> data_shape(data)
    (3, 5, 5)

힌트 / Hints: grade hint p190

채점 / Grade: grade p190
"""
import numpy as np


def data_shape(data: np.ndarray) -> tuple:
    """The shape of a channels-first image: (channels, height, width)."""
    raise NotImplementedError
