"""p042 · 신경망의 가중합 (행렬곱) (A layer's weighted sums as a matrix product)

[문제]
위의 신경망의 x_1 과 x_2 가 1과 2면 y_1 과 y_2 의 값은 무엇인가?

[Problem]
For the network above, if x_1 and x_2 are 1 and 2, what are the values of y_1 and y_2? (x @ W with W = [[1,3,5],[2,4,6]])

주어진 것 / Given:
    x = np.array([1, 2])
    w = np.array([[1, 3, 5], [2, 4, 6]])
    # x_1*1 + x_2*2 = y_1,  x_1*3 + x_2*4 = y_2,  x_1*5 + x_2*6 = y_3

예시 / Example:
    >>> weighted_sum(np.array([1, 2]), np.array([[1, 3, 5], [2, 4, 6]]))
    array([ 5, 11, 17])

힌트 / Hints: grade hint p042

채점 / Grade: grade p042
"""
import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The outputs y = (y_1, ..., y_m) of a layer: x of shape (k,) (one input per node), w of shape (k, m)."""
    raise NotImplementedError
