"""p059 · 소프트맥스의 분자 (The numerator of softmax)

[문제]
위의 코드를 이용해서 softmax 함수를 생성하기 위한 분자식을 구현하시오

[Problem]
Using the code above, implement the numerator of the softmax function.

주어진 것 / Given:
    a = np.array([1010, 1000, 990])

예시 / Example:
    >>> softmax_numerator(np.array([1010, 1000, 990]))
    array([1.00000000e+00, 4.53999298e-05, 2.06115362e-09])

힌트 / Hints: grade hint p059

채점 / Grade: grade p059
"""
import numpy as np


def softmax_numerator(a: np.ndarray) -> np.ndarray:
    """Return exp(a - max(a)): softmax's numerator, shifted so that exp cannot overflow."""
    raise NotImplementedError
