"""p173 · 합성곱 한 번: 원소별 곱의 합 (One convolution step: the sum of element-wise products)

[문제]
아래의 두 행렬을 만들고 합성곱한 결과인 15를 파이썬으로 출력하시오 (두 행렬을 받아 합성곱한 숫자 하나를 돌려주는 함수로 만드세요.)

[Problem]
Create the two matrices below and print 15, the result of their convolution (element-wise product summed). (Write a function: it takes the two matrices and returns that one number.)

주어진 것 / Given:
    A = np.array([[1, 2, 3], [0, 1, 2], [3, 0, 1]])
    B = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]])

예시 / Example:
    >>> convolution_step(A, B)
    15

힌트 / Hints: grade hint p173

채점 / Grade: grade p173
"""
import numpy as np


def convolution_step(a: np.ndarray, b: np.ndarray) -> int:
    """Multiply a and b (same shape) element by element, then add up every product: one number."""
    raise NotImplementedError
