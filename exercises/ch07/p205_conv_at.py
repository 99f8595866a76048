"""p205 · 스트라이드만큼 옮긴 창의 3차원 합성곱 (The 3-D convolution of the window moved by the stride)

[문제]
1칸 스트라이드 한 원본이미지의 3x3 행렬 RGB와 Filter RGB와의 합성곱을 구하시오 (이미지 (C, H, W), 필터 (C, FH, FW), 출력의 위치 row, col 과 스트라이드 S 를 받아, 그 출력 자리의 합성곱 값 하나를 돌려주는 함수로 만드세요: 창은 입력의 (row * S, col * S) 에서 시작합니다. 노트의 -4 는 다른 data 의 값이고, p189 의 data 로는 -7 입니다.)

[Problem]
Compute the convolution of the RGB 3x3 window shifted by stride 1 with the Filter RGB. (Write a function: it takes the image (C, H, W), the filter (C, FH, FW), an output position row, col and the stride S, and returns the convolution's value at that output: the window starts at (row * S, col * S) of the input. The notes' -4 belongs to another data array; with p189's data it is -7.)

주어진 것 / Given:
    data_pad = np.pad(data, ((0, 0), (1, 1), (1, 1)))   # (3, 7, 7), p198
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

예시 / Example:
    >>> conv_at(data_pad, Filter, 0, 1, 1)
    -7

힌트 / Hints: grade hint p205

채점 / Grade: grade p205
"""
import numpy as np


def conv_at(x: np.ndarray, filt: np.ndarray, row: int, col: int, stride: int) -> int:
    """The output (row, col) of convolving the (C, H, W) image x with the (C, FH, FW) filter at this stride."""
    raise NotImplementedError
