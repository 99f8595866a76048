"""p104 · 상용로그 (밑 10) (Base-10 logarithm)

[문제]
밑수가 10이고 진수가 0.6인 로그의 로그 값을 출력하시오

[Problem]
Print the base-10 logarithm of 0.6.

주어진 것 / Given:
    x = 0.6

예시 / Example:
    >>> log10(0.6)     # math.log(0.6, 10) 또는 np.log10(0.6)
    -0.2218487496163564

힌트 / Hints: grade hint p104

채점 / Grade: grade p104
"""
import math

import numpy as np


def log10(x: float) -> float:
    """The logarithm of x to the base 10 (two ways: math.log(x, 10) or np.log10(x))."""
    raise NotImplementedError
