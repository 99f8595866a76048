"""p032b · 계단 함수 (The step function)

[문제]
파이썬으로 계단 함수를 만드시오

[Problem]
Write a step function in Python.

주어진 것 / Given:
    x_data = np.array([-1, 0, 1])
    # h(x) = 1 (x > 0), 0 (x <= 0)

예시 / Example:
    >>> step_func(np.array([-1, 0, 1]))
    array([0, 0, 1])

힌트 / Hints: grade hint p032b

채점 / Grade: grade p032b
"""
import numpy as np


def step_func(x: np.ndarray) -> np.ndarray:
    """Element-wise step function: 1 where x > 0, 0 where x <= 0, as an array of ints.

    The course notes write y.astype(np.int): np.int was removed from NumPy, write astype(int).
    """
    raise NotImplementedError
