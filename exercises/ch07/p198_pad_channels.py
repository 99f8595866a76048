"""p198 · RGB 이미지의 제로 패딩 1 (Zero padding 1 of an RGB image)

[문제]
아래의 원본이미지의 zero 패딩 1을 한 결과를 출력하시오 (채널이 맨 앞인 (C, H, W) 이미지와 패딩 p 를 받아 채널마다 네 변에 0 을 p 줄씩 붙인 (C, H + 2p, W + 2p) 배열을 돌려주는 함수로 만드세요.)

[Problem]
Print the result of zero-padding the original image below by 1. (Write a function: it takes a channels-first (C, H, W) image and the padding p, and returns the (C, H + 2p, W + 2p) array with p rows/columns of zeros on every side of each channel.)

주어진 것 / Given:
    data = np.array([[[2, 2, 1, 1, 0],
                      [0, 0, 1, 0, 0],
                      [0, 2, 0, 0, 1],
                      [1, 2, 1, 1, 1],
                      [1, 0, 1, 0, 1]],
                     [[2, 0, 0, 0, 1],
                      [0, 2, 2, 0, 1],
                      [0, 0, 0, 0, 2],
                      [0, 1, 2, 0, 1],
                      [2, 0, 2, 2, 2]],
                     [[4, 2, 1, 2, 2],
                      [0, 1, 0, 4, 2],
                      [3, 0, 6, 2, 2],
                      [4, 2, 4, 5, 2],
                      [3, 4, 1, 0, 0]]])
    npad = ((0, 0), (1, 1), (1, 1))

예시 / Example:
    >>> pad_channels(data, 1).shape
    (3, 7, 7)
    >>> pad_channels(data, 1)[0]
    array([[0, 0, 0, 0, 0, 0, 0],
           [0, 2, 2, 1, 1, 0, 0],
           [0, 0, 0, 1, 0, 0, 0],
           [0, 0, 2, 0, 0, 1, 0],
           [0, 1, 2, 1, 1, 1, 0],
           [0, 1, 0, 1, 0, 1, 0],
           [0, 0, 0, 0, 0, 0, 0]])

힌트 / Hints: grade hint p198

채점 / Grade: grade p198
"""
import numpy as np


def pad_channels(data: np.ndarray, p: int) -> np.ndarray:
    """Zero padding p around every channel of a (C, H, W) image: (C, H + 2p, W + 2p); no channel is added."""
    raise NotImplementedError
