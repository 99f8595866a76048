"""p060 · 소프트맥스 함수 (The softmax function)

[문제]
softmax 함수를 분모까지 포함해서 완전히 완성하시오

[Problem]
Complete the softmax function including the denominator.

주어진 것 / Given:
    a = np.array([1010, 1000, 990])

예시 / Example:
    >>> softmax(np.array([1010, 1000, 990]))
    array([9.99954600e-01, 4.53978686e-05, 2.06106005e-09])
    >>> softmax(np.array([[1.0, 2.0], [3.0, 3.0]]))  # 배치: 행마다 / a batch: row by row
    array([[0.26894142, 0.73105858],
           [0.5       , 0.5       ]])

힌트 / Hints: grade hint p060

채점 / Grade: grade p060
"""
import numpy as np


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max)) along the last axis.

    a is one vector, or a batch with one vector per row: then every row is its own softmax and sums to 1.
    """
    raise NotImplementedError
