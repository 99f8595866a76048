"""p126 · 예측의 교차 엔트로피 오차 (The cross entropy error of the prediction)

[문제]
위에서 출력한 소프트맥스 함수의 결과와 아래의 target 값과의 오차를 출력하기 위해 cross_entropy_error 함수를 생성하고 통과한 결과를 출력하시오

[Problem]
To print the error between the softmax result above and the target below, create the cross_entropy_error function and print the result.

주어진 것 / Given:
    x = np.array([0.6, 0.9])
    t = np.array([0, 0, 1])

예시 / Example:
    >>> loss_of(np.array([0.6, 0.9]), w, np.array([0, 0, 1]))   # 가중치에 따라 다름 / depends on w
    0.4551383843637972
    # = -log(softmax(predict(x, w))[2] + 1e-7)

힌트 / Hints: grade hint p126

채점 / Grade: grade p126
"""
import numpy as np


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot(x, w)."""
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max))."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7): y is the prediction (probabilities), t the one-hot target."""
    raise NotImplementedError


def loss_of(x: np.ndarray, w: np.ndarray, t: np.ndarray) -> float:
    """The cross entropy error of softmax(predict(x, w)) against t."""
    raise NotImplementedError
