from grader.checks import text
from grader.problems.cnn import random_array_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p211", chapter="ch07", slug="random_photos",
    title=text("무작위 사진 10장", "Ten random photos"),
    statement=text("아이린 사진 10장을 랜덤으로 생성하시오 (사진 수 n 을 받아 0~1 의 무작위 값으로 채운 (n, 3, 7, 7) 배열을 "
                   "np.random.rand 로 만들어 돌려주는 함수로 만드세요.)",
                   "Randomly generate 10 Irene photos. (Write a function: it takes the number of photos n and returns an "
                   "(n, 3, 7, 7) array of random values in 0-1 made with np.random.rand.)"),
    given="(10, 3, 7, 7)",
    example=">>> random_photos(10).shape\n(10, 3, 7, 7)",
    names=("random_photos",),
    stub='''
import numpy as np


def random_photos(n: int = 10) -> np.ndarray:
    """n RGB photos of 7 x 7 pixels, channels first: np.random.rand values of shape (n, 3, 7, 7)."""
    raise NotImplementedError
''',
    checks=random_array_checks("random_photos", lambda n: (n, 3, 7, 7), "n"),
    hints=(text("i_lyn = np.random.rand(10, 3, 7, 7): (사진 수, 채널, 높이, 너비).",
                "i_lyn = np.random.rand(10, 3, 7, 7): (photos, channels, height, width)."),),
)
