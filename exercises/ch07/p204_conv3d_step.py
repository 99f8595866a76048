"""p204 · 3차원 합성곱 한 번: 숫자 하나 (One 3-D convolution step: one number)

[문제]
원본이미지의 RGB 3개의 행렬과 아래의 필터 RGB 3개의 행렬을 각각 행렬곱 한 후 그 원소들을 다 합칠 결과 숫자 하나를 출력하시오 (창 (C, FH, FW) 과 필터 (C, FH, FW) 를 받아 채널마다 원소별 곱을 구해 모두 더한 숫자 하나를 돌려주는 함수로 만드세요. 노트의 -3 은 다른 data 의 값이고, p189 의 data 로는 -1 입니다.)

[Problem]
Multiply the 3 RGB matrices of the original image element-wise with the 3 RGB filter matrices and print the sum of all elements as one number. (Write a function: it takes the window (C, FH, FW) and the filter (C, FH, FW) and returns that one number. The notes' -3 belongs to another data array; with p189's data it is -1.)

주어진 것 / Given:
    data_pad = np.pad(data, ((0, 0), (1, 1), (1, 1)))   # (3, 7, 7), p198
    window = data_pad[:, :3, :3]
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

예시 / Example:
    >>> conv3d_step(window, Filter)
    -1

힌트 / Hints: grade hint p204

채점 / Grade: grade p204
"""
import numpy as np


def conv3d_step(window: np.ndarray, filt: np.ndarray) -> int:
    """Sum over every channel c of np.sum(window[c] * filt[c]): one number."""
    raise NotImplementedError
