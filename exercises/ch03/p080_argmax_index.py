"""p080 · 가장 큰 원소의 인덱스 (The index of the largest element)

[문제]
아래의 10개의 원소를 갖는 x라는 리스트를 만들고 x리스트에 가장 큰 원소가 몇번째 인덱스인지 알아내시오

[Problem]
Make the 10-element list x and find the index of its largest element.

주어진 것 / Given:
    x = [0.05, 0.01, 0.02, 0.02, 0.1, 0.2, 0.3, 0.4, 0.05, 0.04]

예시 / Example:
    >>> index_of_max(x)
    7

힌트 / Hints: grade hint p080

채점 / Grade: grade p080
"""
import numpy as np


def index_of_max(x: list) -> int:
    """Return the index (counting from 0) of the largest element of x."""
    raise NotImplementedError
