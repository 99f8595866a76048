"""p125 · predict의 결과를 소프트맥스에 (predict's result through softmax)

[문제]
위의 predict에서 나온 결과를 softmax 출력층 함수에 통과시킨 결과가 무엇인가?

[Problem]
What do you get by passing the result of predict above through the softmax output function?

주어진 것 / Given:
    x = np.array([0.6, 0.9])

예시 / Example:
    >>> w = np.array([[0.47499735, 0.26928766, 0.04306079], [0.88458809, 0.93261392, 0.40295721]])
    >>> softmax_of_prediction(np.array([0.6, 0.9]), w)
    [0.41267947, 0.380874  , 0.20644653]   # 합 / sum = 1

힌트 / Hints: grade hint p125

채점 / Grade: grade p125
"""
import numpy as np


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot(x, w)."""
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max)) along the last axis: positive values that sum to 1."""
    raise NotImplementedError


def softmax_of_prediction(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """softmax(predict(x, w))."""
    raise NotImplementedError
