"""p175 · 한 칸 옮긴 3 x 3 창 (The 3 x 3 window moved one column right)

[문제]
아래의 행렬에서 아래의 결과 행렬을 출력하시오 (행렬, 창의 왼쪽 위 위치 row, col 과 크기 size 를 받아 그 창을 돌려주는 함수로 만드세요.)

[Problem]
From the matrix below output the result matrix shown (the 3 x 3 window shifted one column right). (Write a function: it takes the matrix, the window's top-left position row, col and its size, and returns that window.)

주어진 것 / Given:
    A = np.array([[1, 2, 3, 0],
                  [0, 1, 2, 3],
                  [3, 0, 1, 2],
                  [2, 3, 0, 1]])

예시 / Example:
    >>> window(A, 0, 1, 3)
    array([[2, 3, 0],
           [1, 2, 3],
           [0, 1, 2]])

힌트 / Hints: grade hint p175

채점 / Grade: grade p175
"""
import numpy as np


def window(a: np.ndarray, row: int, col: int, size: int) -> np.ndarray:
    """The size x size block of a whose top-left element is a[row, col]."""
    raise NotImplementedError
