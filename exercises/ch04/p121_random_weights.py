"""p121 · 무작위 2 x 3 행렬 (A random 2 x 3 matrix)

[문제]
2 x 3 행렬을 생성하는데 값은 랜덤 값으로 생성되게 하시오

[Problem]
Create a 2 x 3 matrix filled with random values.

예시 / Example:
    >>> random_weights(2, 3)      # 실행마다 다름 / random
    array([[-1.15815693, -1.03718435,  0.03311024],
           [ 0.04157162, -1.4255968 ,  0.49998371]])

힌트 / Hints: grade hint p121

채점 / Grade: grade p121
"""
import numpy as np


def random_weights(rows: int, cols: int) -> np.ndarray:
    """A rows x cols matrix drawn from the standard normal distribution (np.random.randn), as weights start in the book."""
    raise NotImplementedError
