"""p043 · 가중합을 시그모이드에 통과시키기 (Weighted sums through the sigmoid)

[문제]
위의 신경망에서 만들어진 가중의 총합인 y 값을 시그모이드 함수를 통과 시켜서 나온 y_{hat} 을 출력하시오

[Problem]
Pass the weighted sum y of the network above through the sigmoid function and print y_hat.

주어진 것 / Given:
    x = np.array([1, 2])
    w = np.array([[1, 3, 5], [2, 4, 6]])

예시 / Example:
    >>> y_hat(np.array([1, 2]), np.array([[1, 3, 5], [2, 4, 6]]))
    array([0.99330715, 0.9999833 , 0.99999996])

힌트 / Hints: grade hint p043

채점 / Grade: grade p043
"""
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError


def y_hat(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The weighted sums y = x·w (x of shape (k,), w of shape (k, m)) passed through sigmoid: shape (m,)."""
    raise NotImplementedError
