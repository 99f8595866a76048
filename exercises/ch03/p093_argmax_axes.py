"""p093 · argmax의 axis: 열마다와 행마다 (argmax along an axis: per column and per row)

[문제]
numpy의 argmax를 이용해서 아래의 행렬에서 행 중에 최대값 원소의 인덱스를 출력하시오

[Problem]
Using NumPy argmax, print the index of the maximum element of each row of the matrix below.

주어진 것 / Given:
    y = np.array([[0.1, 0.8, 0.1],
                  [0.3, 0.1, 0.6],
                  [0.2, 0.5, 0.3],
                  [0.8, 0.1, 0.1]])

예시 / Example:
    >>> per_column, per_row = argmax_by_axis(y)
    >>> per_column  # 열 별 최대값 / per column (axis=0)
    array([3, 0, 1])
    >>> per_row     # 행 별 최대값 / per row (axis=1)
    array([1, 2, 1, 0])

힌트 / Hints: grade hint p093

채점 / Grade: grade p093
"""
import numpy as np


def argmax_by_axis(y: np.ndarray) -> tuple:
    """Return (the row index of each column's maximum, the column index of each row's maximum)."""
    raise NotImplementedError
