"""p217 · 4차원 필터를 3차원으로 (A 4-D filter into 3-D)

[문제]
아래의 4차원 행렬을 3차원으로 변경하시오 (필터 (FN, C, FH, FW) 를 받아 (FN, C, FH * FW) 로 바꿔 돌려주세요.)

[Problem]
Change the 4-D matrix below into 3-D. (Take a filter (FN, C, FH, FW) and return it as (FN, C, FH * FW).)

주어진 것 / Given:
    (10, 3, 5, 5) → (10, 3, 25)

예시 / Example:
    >>> filter_to_3d(np.random.rand(10, 3, 5, 5)).shape
    (10, 3, 25)

힌트 / Hints: grade hint p217

채점 / Grade: grade p217
"""
import numpy as np


def filter_to_3d(f: np.ndarray) -> np.ndarray:
    """(FN, C, FH, FW) -> (FN, C, FH * FW): each channel's FH x FW filter as one row (reshape with -1)."""
    raise NotImplementedError
