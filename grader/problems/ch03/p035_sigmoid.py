from grader.checks import text
from grader.problems.activations import sigmoid_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p035", chapter="ch03", slug="sigmoid",
    title=text("시그모이드 함수", "The sigmoid function"),
    statement=text("시그모이드 함수를 파이썬으로 구현하시오", "Implement the sigmoid function in Python."),
    given="x = np.array([1.0, 2.0])\n# h(x) = 1 / (1 + exp(-x))",
    example=">>> sigmoid(np.array([1.0, 2.0]))\narray([0.73105858, 0.88079708])",
    names=("sigmoid",),
    stub='''
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """h(x) = 1 / (1 + exp(-x)), element by element, for an array of any shape."""
    raise NotImplementedError
''',
    checks=sigmoid_checks("sigmoid"),
    hints=(text("np.exp 는 배열의 원소마다 지수를 계산합니다: 1 / (1 + np.exp(-x)).",
                "np.exp works element by element on an array: 1 / (1 + np.exp(-x))."),
           text("np.exp(x) 를 분자에 쓰는 꼴(exp(x)/(1+exp(x)))은 x 가 크면 inf/inf = nan 이 됩니다.",
                "The form exp(x)/(1+exp(x)) gives inf/inf = nan for large x.")),
)
