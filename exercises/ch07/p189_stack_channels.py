"""p189 · RGB 행렬을 이해하기 위한 (3, 5, 5) 배열 (A (3, 5, 5) array to understand RGB matrices)

[문제]
RGB 행렬을 이해하기 위한 아래의 numpy array 를 이해하시오 (Red, Green, Blue 세 행렬을 받아 채널이 맨 앞인 (3, 높이, 너비) 배열 data 로 쌓아 돌려주는 함수로 만드세요.)

[Problem]
Understand the NumPy array below, which is for understanding RGB matrices. (Write a function: it takes the red, green and blue matrices and returns them stacked channels first, as the (3, height, width) array data.)

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
    >>> stack_channels(data[0], data[1], data[2]).shape
    (3, 5, 5)

힌트 / Hints: grade hint p189

채점 / Grade: grade p189
"""
import numpy as np


def stack_channels(red: np.ndarray, green: np.ndarray, blue: np.ndarray) -> np.ndarray:
    """The three (H, W) matrices as one (3, H, W) array, channels first: result[0] is red."""
    raise NotImplementedError
