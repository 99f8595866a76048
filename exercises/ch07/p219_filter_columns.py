"""p219 · (10, 75) 를 (75, 10) 으로 전치 (Transposing (10, 75) into (75, 10))

[문제]
위 코드에서 (10, 75)를 (75, 10) 으로 전치하시오 (필터마다 한 행인 2차원 행렬 b 를 받아 필터마다 한 열이 되도록 전치해 돌려주세요.)

[Problem]
Transpose the (10, 75) of the code above into (75, 10). (Take the 2-D matrix b, one row per filter, and return it transposed: one column per filter.)

주어진 것 / Given:
    b = filter2.reshape(10, 3, -1).reshape(10, -1)   # (10, 75)

예시 / Example:
    >>> filter_columns(b).shape
    (75, 10)

힌트 / Hints: grade hint p219

채점 / Grade: grade p219
"""
import numpy as np


def filter_columns(b: np.ndarray) -> np.ndarray:
    """(FN, C * FH * FW) -> (C * FH * FW, FN): the transpose, one filter per column."""
    raise NotImplementedError
