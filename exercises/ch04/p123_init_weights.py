"""p123 · 가중치를 무작위로 만드는 __init__ (An __init__ that makes random weights)

[문제]
가중치를 랜덤으로 생성하는 __init__ 함수를 생성하시오

[Problem]
Write an __init__ function that creates the weights randomly.

예시 / Example:
    >>> __init__()      # 실행마다 다름 / random
    array([[0.47499735, 0.26928766, 0.04306079],
           [0.88458809, 0.93261392, 0.40295721]])

힌트 / Hints: grade hint p123

채점 / Grade: grade p123
"""
import numpy as np


def __init__() -> np.ndarray:
    """Random 2 x 3 weights (2 inputs, 3 outputs): np.random.rand (the notes) or np.random.randn (the book).

    (A module-level function named __init__ prepares the simpleNet class of p127, where it becomes the constructor.)
    """
    raise NotImplementedError
