"""p083 · 행마다 가장 큰 원소의 위치 (The position of the largest element in each row)

[문제]
위의 (10, 10) 행렬에서 각 행에서의 가장 큰 원소가 몇번째 있는지 출력하시오

[Problem]
For the (10, 10) matrix above, print the position of the largest element in each row.

주어진 것 / Given:
    y = np.array(x)  # 문제 82의 10x10 리스트 / the 10x10 list of problem 82

예시 / Example:
    >>> row_argmax(y)
    array([0, 7, 7, 7, 2, 2, 2, 2, 2, 2])

힌트 / Hints: grade hint p083

채점 / Grade: grade p083
"""
import numpy as np


def row_argmax(y: np.ndarray) -> np.ndarray:
    """Return, for every row of y, the column index of its largest element."""
    raise NotImplementedError
