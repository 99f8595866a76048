"""p202 · Filter 의 Red 행렬 추출 (The red matrix of Filter)

[문제]
아래의 Filter 에서 아래의 행렬을 추출하시오 (채널이 맨 앞인 필터와 채널 번호 c 를 받아 그 채널의 행렬을 돌려주는 함수로 만드세요: c = 0 이 Red.)

[Problem]
Extract the matrix below from Filter (its red channel). (Write a function: it takes a channels-first filter and a channel number c and returns that channel's matrix: c = 0 is red.)

주어진 것 / Given:
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

예시 / Example:
    >>> filter_channel(Filter, 0)
    array([[ 1,  1, -1],
           [-1,  0,  0],
           [ 1,  1,  0]])

힌트 / Hints: grade hint p202

채점 / Grade: grade p202
"""
import numpy as np


def filter_channel(filt: np.ndarray, c: int) -> np.ndarray:
    """The (FH, FW) matrix of channel c of a (C, FH, FW) filter."""
    raise NotImplementedError
