"""p094 · 같은 자리에 같은 숫자의 개수 (How many positions hold the same number)

[문제]
아래의 2개의 리스트를 만들고 서로 같은 자리에 같은 숫자가 몇 개가 있는지 출력하시오

[Problem]
Create the two lists below and print how many positions hold the same number.

주어진 것 / Given:
    x = [2, 1, 3, 5, 1, 4, 2, 1, 1, 0]
    y = [2, 1, 3, 4, 5, 4, 2, 1, 1, 2]

예시 / Example:
    >>> count_same(x, y)
    7

힌트 / Hints: grade hint p094

채점 / Grade: grade p094
"""
import numpy as np


def count_same(x: list, y: list) -> int:
    """Return how many positions i have x[i] == y[i] (x and y have the same length)."""
    raise NotImplementedError
