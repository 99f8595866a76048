"""p002 · 행렬의 각 요소에 5 더하기 (Add 5 to every element)

[문제]
위의 a 행렬의 각 요소에 5를 더한 값을 출력하시오. (출력 대신 돌려주세요.)

[Problem]
Print the result of adding 5 to every element of matrix a from the previous problem. (Return it instead of printing.)

주어진 것 / Given:
    a = np.array([[1, 2], [3, 4]])

예시 / Example:
    >>> add_five(np.array([[1, 2], [3, 4]]))
    array([[6, 7],
           [8, 9]])

힌트 / Hints: grade hint p002

채점 / Grade: grade p002
"""
import numpy as np


def add_five(a: np.ndarray) -> np.ndarray:
    """Return a new array: every element of a plus 5 (broadcasting, no loop)."""
    raise NotImplementedError
