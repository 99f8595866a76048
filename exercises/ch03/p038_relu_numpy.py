"""p038 · ReLU 함수 (NumPy) (The ReLU function (NumPy))

[문제]
numpy 를 이용해서 Relu 함수를 파이썬으로 구현하시오

[Problem]
Implement the ReLU function in Python using NumPy.

주어진 것 / Given:
    Relu(0.3), Relu(-2), Relu(np.array([-2.0, 0.0, 0.3, 3.0]))

예시 / Example:
    >>> Relu(0.3)
    0.3
    >>> Relu(-2)
    0
    >>> Relu(np.array([-2.0, 0.0, 0.3, 3.0]))
    array([0. , 0. , 0.3, 3. ])

힌트 / Hints: grade hint p038

채점 / Grade: grade p038
"""
import numpy as np


def Relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) element by element, without if: works for a number and for an array of any shape."""
    raise NotImplementedError
