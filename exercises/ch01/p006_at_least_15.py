"""p006 · 15 이상인 요소만 고르기 (Pick the elements of at least 15)

[문제]
아래의 행렬식을 numpy 로 구현하고 아래의 요소에서 15 이상인 것만 출력하시오. (15 이상인 요소를 행 순서대로 담은 1차원 NumPy 배열을 돌려주세요.)

[Problem]
Create the given matrix in NumPy and print only the elements that are 15 or larger. (Return them, row by row, as a 1-D NumPy array.)

주어진 것 / Given:
    a = np.array([[51, 55], [14, 19], [0, 4]])

예시 / Example:
    >>> at_least_15(np.array([[51, 55], [14, 19], [0, 4]]))
    array([51, 55, 19])

힌트 / Hints: grade hint p006

채점 / Grade: grade p006
"""
import numpy as np


def at_least_15(a: np.ndarray) -> np.ndarray:
    """Return the elements of a that are >= 15, row by row, as a 1-D NumPy array."""
    raise NotImplementedError
