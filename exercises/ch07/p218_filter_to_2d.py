"""p218 · 3차원 필터를 2차원으로 (A 3-D filter into 2-D)

[문제]
아래의 3차원 행렬을 2차원 행렬로 변경하시오 (필터 (FN, C, K) 를 받아 필터마다 한 행인 (FN, C * K) 로 바꿔 돌려주세요.)

[Problem]
Change the 3-D matrix below into a 2-D matrix. (Take filters (FN, C, K) and return them as (FN, C * K), one row per filter.)

주어진 것 / Given:
    (10, 3, 25) → (10, 75)

예시 / Example:
    >>> filter_to_2d(np.random.rand(10, 3, 25)).shape
    (10, 75)

힌트 / Hints: grade hint p218

채점 / Grade: grade p218
"""
import numpy as np


def filter_to_2d(f: np.ndarray) -> np.ndarray:
    """(FN, C, K) -> (FN, C * K): one row per filter, its channels one after the other (reshape(FN, -1))."""
    raise NotImplementedError
