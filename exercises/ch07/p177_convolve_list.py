"""p177 · 합성곱: 모든 창에 필터 적용 (Convolution: the filter on every window)

[문제]
아래의 합성곱을 파이썬으로 구현하시오 (행렬과 필터를 받아, 필터 크기의 창을 한 칸씩 옮기며 창 * 필터의 합을 왼쪽→오른쪽, 위→아래 순서의 리스트로 돌려주는 함수로 만드세요.)

[Problem]
Implement the convolution below in Python. (Write a function: it takes the matrix and the filter, slides a filter-sized window one step at a time, and returns the sums of window * filter as a list: left to right, then top to bottom.)

주어진 것 / Given:
    A = np.array([[1, 2, 3, 0],
                  [0, 1, 2, 3],
                  [3, 0, 1, 2],
                  [2, 3, 0, 1]])
    filter = np.array([[2, 0, 1],
                       [0, 1, 2],
                       [1, 0, 2]])

예시 / Example:
    >>> convolve_list(A, filter)
    [15, 16, 6, 15]

힌트 / Hints: grade hint p177

채점 / Grade: grade p177
"""
import numpy as np


def convolve_list(a: np.ndarray, kernel: np.ndarray) -> list:
    """For every kernel-sized window of a (stride 1), the sum of window * kernel; a list, row by row."""
    raise NotImplementedError
