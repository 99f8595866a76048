from grader.checks import text
from grader.problems.cnn import random_array_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p216", chapter="ch07", slug="random_filter",
    title=text("무작위 4차원 필터", "A random 4-D filter"),
    statement=text("아래의 4차원 행렬의 Filter 를 numpy의 random을 이용해서 만드시오 (필터 수 fn 을 받아 "
                   "(fn, 3, 5, 5) 의 np.random.rand 배열을 돌려주는 함수로 만드세요.)",
                   "Make the 4-D Filter below with NumPy random. (Write a function: it takes the number of filters fn and "
                   "returns an (fn, 3, 5, 5) array of np.random.rand values.)"),
    given="(10, 3, 5, 5)",
    example=">>> random_filter(10).shape\n(10, 3, 5, 5)",
    names=("random_filter",),
    stub='''
import numpy as np


def random_filter(fn: int = 10) -> np.ndarray:
    """fn filters of 3 channels, 5 x 5: np.random.rand values of shape (fn, 3, 5, 5) (FN, C, FH, FW)."""
    raise NotImplementedError
''',
    checks=random_array_checks("random_filter", lambda fn: (fn, 3, 5, 5), "fn"),
    hints=(text("filter2 = np.random.rand(10, 3, 5, 5): (필터 수, 채널, 높이, 너비).",
                "filter2 = np.random.rand(10, 3, 5, 5): (filters, channels, height, width)."),),
)
