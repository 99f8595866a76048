"""p209 · 4차원 행렬 (데이터 수, 채널, 높이, 너비) (A 4-D array (number, channels, height, width))

[문제]
칠판에 나온 아이린 사진이라 생각하고 한장의 4차원 행렬을 만드시오 (RGB의 7 x 7 행렬 1장) (데이터 수 N, 채널 C, 높이 H, 너비 W 를 받아 0~1 의 무작위 값으로 채운 (N, C, H, W) 배열을 np.random.rand 로 만들어 돌려주는 함수로 만드세요.)

[Problem]
Treating it as the Irene photo on the blackboard, create one 4-D matrix (one RGB 7 x 7 image). (Write a function: it takes the number N, the channels C, the height H and the width W, and returns an (N, C, H, W) array of random values in 0-1 made with np.random.rand.)

주어진 것 / Given:
    x1 = np.random.rand(1, 3, 7, 7)

예시 / Example:
    >>> random_images(1, 3, 7, 7).shape
    (1, 3, 7, 7)

힌트 / Hints: grade hint p209

채점 / Grade: grade p209
"""
import numpy as np


def random_images(n: int, c: int, h: int, w: int) -> np.ndarray:
    """n images of c channels, h x w, filled with np.random.rand's uniform values in [0, 1): shape (n, c, h, w)."""
    raise NotImplementedError
