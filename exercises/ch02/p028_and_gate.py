"""p028 · AND 게이트 (AND gate)

[문제]
AND 게이트를 파이썬으로 구현하시오.

[Problem]
Implement the AND gate in Python.

주어진 것 / Given:
    진리표 / truth table (x1, x2 -> y): (0,0)->0, (1,0)->0, (0,1)->0, (1,1)->1

예시 / Example:
    >>> AND(1, 1)
    1
    >>> AND(1, 0)
    0

힌트 / Hints: grade hint p028

채점 / Grade: grade p028
"""
import numpy as np


def AND(x1: int, x2: int) -> int:
    """x1 AND x2 as a perceptron: return the int 1 or 0."""
    raise NotImplementedError
