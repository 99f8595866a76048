"""p122 · 입력과 가중치의 내적 (The dot product of the input and the weights)

[문제]
위에서 구한 w값으로 아래의 입력값과 행렬의 내적을 출력하시오

[Problem]
Print the dot product of the input below and the w found above.

주어진 것 / Given:
    x = np.array([0.6, 0.9])
    w = np.random.randn(2, 3)

예시 / Example:
    >>> w = np.array([[-1.15815693, -1.03718435, 0.03311024], [0.04157162, -1.4255968, 0.49998371]])
    >>> dot_product(np.array([0.6, 0.9]), w)
    array([-0.6574797 , -1.90534773,  0.46985148])

힌트 / Hints: grade hint p122

채점 / Grade: grade p122
"""
import numpy as np


def dot_product(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The dot product of the input x (2 values) and the 2 x 3 weights w: 3 values."""
    raise NotImplementedError
