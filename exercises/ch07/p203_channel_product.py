"""p203 · 원본 Red 창 * Filter Red (The red window times the red filter)

[문제]
위의 3개의 행렬 중 원본 이미지의 Red 행렬과 아래의 Filter의 Red 행렬과의 합성곱을 수행하시오 (창 (C, FH, FW), 필터 (C, FH, FW), 채널 번호 c 를 받아 채널 c 끼리의 원소별 곱 행렬을 돌려주는 함수로 만드세요.)

[Problem]
Convolve the red matrix of the original image with the red matrix of the Filter below (element-wise product). (Write a function: it takes the window (C, FH, FW), the filter (C, FH, FW) and a channel number c, and returns the element-wise product of their channel c.)

주어진 것 / Given:
    data_pad = np.pad(data, ((0, 0), (1, 1), (1, 1)))   # (3, 7, 7), p198
    window = data_pad[:, :3, :3]
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

예시 / Example:
    >>> channel_product(window, Filter, 0)
    array([[0, 0, 0],
           [0, 0, 0],
           [0, 0, 0]])
    >>> channel_product(window, Filter, 1)
    array([[ 0,  0,  0],
           [ 0, -2,  0],
           [ 0,  0,  0]])

힌트 / Hints: grade hint p203

채점 / Grade: grade p203
"""
import numpy as np


def channel_product(window: np.ndarray, filt: np.ndarray, c: int) -> np.ndarray:
    """window[c] * filt[c]: the element-wise products of channel c, an (FH, FW) matrix."""
    raise NotImplementedError
