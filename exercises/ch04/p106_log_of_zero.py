"""p106 · 0의 자연로그 (The natural logarithm of 0)

[문제]
밑수가 자연상수이고 진수가 0인 로그의 로그값은 얼마인지 출력하시오

[Problem]
Print the natural logarithm of 0.

주어진 것 / Given:
    np.log(0)

예시 / Example:
    >>> log_of(np.array([0.0, 1.0, np.e]))
    array([-inf,   0.,   1.])     # RuntimeWarning: divide by zero

힌트 / Hints: grade hint p106

채점 / Grade: grade p106
"""
import numpy as np


def log_of(x: np.ndarray) -> np.ndarray:
    """The natural logarithm of every element of x; where x is 0 the answer is -inf (minus infinity).

    (math.log(0) raises ValueError instead: use NumPy.)
    """
    raise NotImplementedError
