"""p149 · 열마다의 합 (The column sums)

[문제]
아래의 행렬의 열을 더한 결과를 아래와 같이 출력하시오

[Problem]
Print the column sums of the matrix below as shown.

주어진 것 / Given:
    b = np.array([[1, 1, 1], [2, 2, 2]])    # (2, 3)

예시 / Example:
    >>> column_sum(np.array([[1, 1, 1], [2, 2, 2]]))
    array([3, 3, 3])

힌트 / Hints: grade hint p149

채점 / Grade: grade p149
"""
import numpy as np


def column_sum(b: np.ndarray) -> np.ndarray:
    """The sum of every column of b (down the rows), as a 1-D array."""
    raise NotImplementedError
