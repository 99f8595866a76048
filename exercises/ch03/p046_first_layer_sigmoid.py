"""p046 · 신경망 1층의 출력 (시그모이드) (The first layer's output through the sigmoid)

[문제]
위의 결과에서 시그모이드 함수를 만들어 통과하도록 만드시오

[Problem]
Write a sigmoid function and pass the result above through it.

주어진 것 / Given:
    x = np.array([1, 2])
    w = np.array([[1, 3, 5], [4, 5, 6]])
    # 위의 결과 / the result above: np.dot(x, w) = [9 13 17]

예시 / Example:
    >>> layer1_output(np.array([1, 2]), np.array([[1, 3, 5], [4, 5, 6]]))
    array([0.99987661, 0.99999774, 0.99999996])

힌트 / Hints: grade hint p046

채점 / Grade: grade p046
"""
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError


def layer1_output(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Layer 1's output: the weighted sums np.dot(x, w) (problem 45) passed through sigmoid."""
    raise NotImplementedError
