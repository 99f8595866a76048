"""p193 · Filter 를 (3, 3, 3) 로 (Filter as (3, 3, 3))

[문제]
위의 행렬을 (3,3,3) 행렬로 변환하시오 (채널마다 한 줄로 펼친 (1, C, k*k) 필터를 받아 (C, k, k) 로 바꿔 돌려주는 함수로 만드세요.)

[Problem]
Reshape the matrix above into a (3, 3, 3) matrix. (Write a function: it takes a (1, C, k*k) filter, one flattened row per channel, and returns it as (C, k, k).)

주어진 것 / Given:
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]])   # (1, 3, 9)

예시 / Example:
    >>> to_filter(Filter)
    array([[[ 1,  1, -1],
            [-1,  0,  0],
            [ 1,  1,  0]],

           [[-1, -1,  0],
            [ 0, -1,  1],
            [ 0, -1,  0]],

           [[-1,  1,  1],
            [-1,  1, -1],
            [ 0,  0, -1]]])

힌트 / Hints: grade hint p193

채점 / Grade: grade p193
"""
import numpy as np


def to_filter(flat: np.ndarray) -> np.ndarray:
    """A (1, C, k*k) filter (each channel flattened row by row) as a (C, k, k) array."""
    raise NotImplementedError
