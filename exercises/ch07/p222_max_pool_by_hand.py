"""p222 · 손으로 최대 풀링하기 (Max pooling by hand)

[문제]
아래의 이미지를 손으로 최대 풀링하시오 (2x2, stride 2). 손으로 한 순서를 그대로 코드로 옮겨, 높이와 너비가 짝수인 2차원 이미지를 받아 겹치지 않는 2x2 창마다 최댓값을 담은 배열을 돌려주세요.

[Problem]
Max-pool the image below by hand (2x2, stride 2). Then write the steps you took as code: take a 2-D image of even height and width and return the maximum of every non-overlapping 2x2 window.

주어진 것 / Given:
    21  8  8 12
    12 19  9  7
     8 10  4  3
    18 12  9 10

예시 / Example:
    >>> max_pool_by_hand(image)
    array([[21, 12],
           [18, 10]])

힌트 / Hints: grade hint p222

채점 / Grade: grade p222
"""
import numpy as np


def max_pool_by_hand(image: np.ndarray) -> np.ndarray:
    """(H, W) with H, W even -> (H // 2, W // 2): the largest value of every 2x2 window, windows side by side (stride 2)."""
    raise NotImplementedError
