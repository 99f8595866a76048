import numpy as np

from grader.checks import text
from grader.problems.activations import product_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p042", chapter="ch03", slug="weighted_sum",
    title=text("신경망의 가중합 (행렬곱)", "A layer's weighted sums as a matrix product"),
    statement=text("위의 신경망의 x_1 과 x_2 가 1과 2면 y_1 과 y_2 의 값은 무엇인가?",
                   "For the network above, if x_1 and x_2 are 1 and 2, what are the values of y_1 and y_2? "
                   "(x @ W with W = [[1,3,5],[2,4,6]])"),
    given="x = np.array([1, 2])\nw = np.array([[1, 3, 5], [2, 4, 6]])\n"
          "# x_1*1 + x_2*2 = y_1,  x_1*3 + x_2*4 = y_2,  x_1*5 + x_2*6 = y_3",
    example=">>> weighted_sum(np.array([1, 2]), np.array([[1, 3, 5], [2, 4, 6]]))\narray([ 5, 11, 17])",
    names=("weighted_sum",),
    stub='''
import numpy as np


def weighted_sum(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The outputs y = (y_1, ..., y_m) of a layer: x of shape (k,) (one input per node), w of shape (k, m)."""
    raise NotImplementedError
''',
    checks=product_checks("weighted_sum", (np.array([1, 2]), np.array([[1, 3, 5], [2, 4, 6]])), vector=True),
    hints=(text("입력 벡터 (k,) 와 가중치 행렬 (k, m) 의 행렬곱: np.dot(x, w). 그림의 신경망은 출력이 y_1, y_2, y_3 세 개입니다.",
                "The product of the input vector (k,) and the weight matrix (k, m): np.dot(x, w). "
                "The network in the figure has three outputs y_1, y_2, y_3."),),
)
