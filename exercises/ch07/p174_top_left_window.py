"""p174 · 4 x 4 행렬에서 왼쪽 위 3 x 3 행렬 추출 (The top-left 3 x 3 window of a 4 x 4 matrix)

[문제]
아래의 4 x 4 행렬에서 아래의 3 x 3 행렬만 추출하시오 (행렬과 창의 크기 size 를 받아 왼쪽 위 size x size 행렬을 돌려주는 함수로 만드세요.)

[Problem]
Extract the 3 x 3 matrix below from the 4 x 4 matrix. (Write a function: it takes the matrix and a window size and returns the top-left size x size matrix.)

주어진 것 / Given:
    A = np.array([[1, 2, 3, 0],
                  [0, 1, 2, 3],
                  [3, 0, 1, 2],
                  [2, 3, 0, 1]])

예시 / Example:
    >>> top_left_window(A, 3)
    array([[1, 2, 3],
           [0, 1, 2],
           [3, 0, 1]])

힌트 / Hints: grade hint p174

채점 / Grade: grade p174
"""
import numpy as np


def top_left_window(a: np.ndarray, size: int) -> np.ndarray:
    """The size x size block at the top-left corner of a (rows 0..size-1, columns 0..size-1)."""
    raise NotImplementedError
