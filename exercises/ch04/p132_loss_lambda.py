"""p132 · 비용함수를 lambda로 (The cost function as a lambda)

[문제]
아래의 비용함수를 lambda 표현식으로 한줄로 변경해서 출력하시오

[Problem]
Rewrite the cost function below in one line as a lambda expression.

주어진 것 / Given:
    def f(W):
        return network.loss(x, t)

예시 / Example:
    >>> f = make_f(network, x, t)
    >>> f(network.W) == network.loss(x, t)
    True

힌트 / Hints: grade hint p132

채점 / Grade: grade p132
"""
import numpy as np


class Network:
    """Given (leave it): stands in for TwoLayerNet; its loss reads the network's own weights self.W."""

    def __init__(self, W):
        self.W = np.array(W, dtype=float)

    def loss(self, x, t):
        return float(np.sum((np.dot(x, self.W) - t) ** 2))


def make_f(network, x: np.ndarray, t: np.ndarray):
    """Return f, the cost function def f(W): return network.loss(x, t), written in one line as a lambda.

    f ignores its argument W: numerical_gradient(f, network.W) changes network.W in place, and f sees it through network.
    """
    raise NotImplementedError

# ---- 채점기가 부르는 연결 함수입니다. 고치지 마세요. / Hooks the grader calls: leave them as they are. ----
# 채점기는 파이썬 함수를 여러분의 코드로 보낼 수 없어서 숫자(다항식의 계수 등)를 보내고, 아래 함수가 그 숫자로
# 미분할 함수를 만들어 여러분의 함수에 넘깁니다.
# The grader cannot send a Python function to your code, so it sends numbers (a polynomial's coefficients, ...)
# and these hooks build the function to differentiate from them and hand it to your function.


def f_at(W0: np.ndarray, x: np.ndarray, t: np.ndarray, W: np.ndarray) -> tuple:
    network = Network(W0)
    f = make_f(network, x, t)
    before = f(W)
    network.W[0, 0] += 1.0  # what numerical_gradient does: change the network's weights in place
    return f.__name__, before, f(W)
