"""p179 · 합성곱 + 편향 (Convolution plus bias)

[문제]
아래의 그림의 convolution 연산을 파이썬으로 구현하시오 (책의 그림 7-5: 합성곱 결과에 편향 3 을 더합니다. 행렬, 필터, 편향을 받아 2차원 결과 행렬을 돌려주는 함수로 만드세요.)

[Problem]
Implement the convolution operation of the figure below in Python (convolution plus bias; the book's Fig. 7-5 adds the bias 3). (Write a function: it takes the matrix, the filter and the bias and returns the 2-D result.)

주어진 것 / Given:
    A = np.array([[1, 2, 3, 0],
                  [0, 1, 2, 3],
                  [3, 0, 1, 2],
                  [2, 3, 0, 1]])
    filter = np.array([[2, 0, 1],
                       [0, 1, 2],
                       [1, 0, 2]])
    bias = 3

예시 / Example:
    >>> convolve_bias(A, filter, 3)
    array([[18, 19],
           [ 9, 18]])

힌트 / Hints: grade hint p179

채점 / Grade: grade p179
"""
import numpy as np


def convolve_bias(a: np.ndarray, kernel: np.ndarray, bias: float) -> np.ndarray:
    """The (OH, OW) result of convolving a with kernel (stride 1, no padding), plus bias on every element."""
    raise NotImplementedError
