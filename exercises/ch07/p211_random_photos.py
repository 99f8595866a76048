"""p211 · 무작위 사진 10장 (Ten random photos)

[문제]
아이린 사진 10장을 랜덤으로 생성하시오 (사진 수 n 을 받아 0~1 의 무작위 값으로 채운 (n, 3, 7, 7) 배열을 np.random.rand 로 만들어 돌려주는 함수로 만드세요.)

[Problem]
Randomly generate 10 Irene photos. (Write a function: it takes the number of photos n and returns an (n, 3, 7, 7) array of random values in 0-1 made with np.random.rand.)

주어진 것 / Given:
    (10, 3, 7, 7)

예시 / Example:
    >>> random_photos(10).shape
    (10, 3, 7, 7)

힌트 / Hints: grade hint p211

채점 / Grade: grade p211
"""
import numpy as np


def random_photos(n: int = 10) -> np.ndarray:
    """n RGB photos of 7 x 7 pixels, channels first: np.random.rand values of shape (n, 3, 7, 7)."""
    raise NotImplementedError
