"""p068 · 1차원으로 펼치기 (Flatten to 1-D)

[문제]
위의 결과를 1차원으로 변경하시오

[Problem]
Change the result above into a 1-D array.

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
    >>> a = flatten(x)
    >>> a.ndim, a.shape
    (1, (90,))

힌트 / Hints: grade hint p068

채점 / Grade: grade p068
"""
import numpy as np


def flatten(x: list) -> np.ndarray:
    """Return np.array(x) as a 1-D array: the rows joined one after another."""
    raise NotImplementedError
