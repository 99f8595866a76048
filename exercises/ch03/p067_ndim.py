"""p067 · 배열의 차원 수 (The number of dimensions)

[문제]
위의 결과의 차원을 확인하시오

[Problem]
Check the number of dimensions of the result above.

주어진 것 / Given:
    x = [[0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0],
         [0.1, 0.05, 0.2, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
         [0.0, 0.05, 0.3, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
         [0.0, 0.05, 0.4, 0.0, 0.05, 0.0, 0.0, 0.5, 0.0, 0.0],
         [0.0, 0.05, 0.5, 0.0, 0.05, 0.0, 0.0, 0.4, 0.0, 0.0],
         [0.0, 0.05, 0.6, 0.0, 0.05, 0.0, 0.0, 0.3, 0.0, 0.0],
         [0.0, 0.05, 0.7, 0.0, 0.05, 0.0, 0.0, 0.2, 0.0, 0.0],
         [0.0, 0.1, 0.8, 0.0, 0.1, 0.0, 0.0, 0.2, 0.0, 0.0],
         [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0]]

예시 / Example:
    >>> ndim_of(x)
    2

힌트 / Hints: grade hint p067

채점 / Grade: grade p067
"""
import numpy as np


def ndim_of(x: list) -> int:
    """Return the number of dimensions of np.array(x)."""
    raise NotImplementedError
