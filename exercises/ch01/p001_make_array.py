"""p001 · NumPy 로 행렬 만들기 (Make a matrix with NumPy)

[문제]
아래의 행렬을 numpy로 만드시오. (행의 리스트 rows 를 받아 NumPy 배열을 돌려주는 함수로 만드세요.)

[Problem]
Create the given 2x2 matrix [[1,2],[3,4]] with NumPy. (Write a function: it takes the list of rows and returns a NumPy array.)

주어진 것 / Given:
    rows = [[1, 2], [3, 4]]   # 1 2 / 3 4

예시 / Example:
    >>> to_array([[1, 2], [3, 4]])
    array([[1, 2],
           [3, 4]])

힌트 / Hints: grade hint p001

채점 / Grade: grade p001
"""
import numpy as np


def to_array(rows: list[list[int]]) -> np.ndarray:
    """Return the matrix whose rows are `rows` as a NumPy array (integers stay integers)."""
    raise NotImplementedError
