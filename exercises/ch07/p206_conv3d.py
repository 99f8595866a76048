"""p206 · 3차원 합성곱 전체 (25 번의 연산) (The whole 3-D convolution (25 steps))

[문제]
아래의 합성곱 연산 (25번 연산) 을 하는 결과를 파이썬으로 구현하시오 (스트라이드:1 이므로 결과가 5x5 행렬이 나와야한다) (패딩한 이미지 (C, H, W) 와 필터 (C, FH, FW) 를 받아 스트라이드 1 의 (OH, OW) 결과를 돌려주는 함수로 만드세요. 노트의 결과는 다른 data 로 계산했고 전치되어 있습니다: 여기서는 p189 의 data 로 다시 계산했습니다.)

[Problem]
Implement in Python the convolution below (25 operations); with stride 1 the result must be a 5x5 matrix. (Write a function: it takes the padded image (C, H, W) and the filter (C, FH, FW) and returns the (OH, OW) result at stride 1. The notes' result was computed on another data array and is transposed; here it is recomputed from p189's data.)

주어진 것 / Given:
    data_pad = np.pad(data, ((0, 0), (1, 1), (1, 1)))   # (3, 7, 7), p198
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

예시 / Example:
    >>> conv3d(data_pad, Filter)
    array([[ -1,  -7, -10,  -2,  -3],
           [  5,  -3,  -4,   5,  -4],
           [  3, -13,  -2,   1,  -4],
           [ -1,  -1,   2,  -5,  -7],
           [  2,   4,   3,   0,  -4]])

힌트 / Hints: grade hint p206

채점 / Grade: grade p206
"""
import numpy as np


def conv3d(x: np.ndarray, filt: np.ndarray) -> np.ndarray:
    """The (OH, OW) feature map of a (C, H, W) image and a (C, FH, FW) filter, stride 1: every channel summed in."""
    raise NotImplementedError
