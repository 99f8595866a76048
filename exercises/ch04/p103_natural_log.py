"""p103 · 자연로그 (Natural logarithm)

[문제]
밑이 자연상수이고 진수가 0.6인 로그 값을 출력하시오. e (자연상수, 무리수)

[Problem]
Print the natural logarithm (base e) of 0.6.

주어진 것 / Given:
    x = 0.6

예시 / Example:
    >>> natural_log(0.6)
    -0.5108256237659907

힌트 / Hints: grade hint p103

채점 / Grade: grade p103
"""
import numpy as np


def natural_log(x: float) -> float:
    """The logarithm of x to the base e (Euler's number, 2.718...)."""
    raise NotImplementedError
