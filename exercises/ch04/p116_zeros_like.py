"""p116 · 같은 형상의 0 배열 (An array of zeros of the same shape)

[문제]
아래의 numpy 배열과 같은 구조의 행렬이 출력되는데 값은 0으로 출력되게 하시오

[Problem]
Print a matrix of the same structure as the NumPy array below but with all values 0.

주어진 것 / Given:
    x = np.array([3.0, 4.0])

예시 / Example:
    >>> zeros_like_of(np.array([3.0, 4.0]))
    array([0., 0.])

힌트 / Hints: grade hint p116

채점 / Grade: grade p116
"""
import numpy as np


def zeros_like_of(x: np.ndarray) -> np.ndarray:
    """An array of zeros with x's shape and dtype (where numerical_gradient will collect the derivatives)."""
    raise NotImplementedError
