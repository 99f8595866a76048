import numpy as np
from hypothesis import strategies as st

from grader.checks import text
from grader.problems.backprop import affine_backward_value_checks, affine_value_checks
from grader.spec import Problem

X, W, B = np.array([[1, 2], [3, 4]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]])
DY = np.array([[1, 1, 1], [2, 2, 2]])
BATCHES = st.tuples(st.integers(2, 4), st.integers(1, 4), st.integers(1, 4))

PROBLEM = Problem(
    id="p148", chapter="ch05", slug="affine_backward_function",
    title=text("배치의 Affine 역전파 함수", "The affine backward function for a batch"),
    statement=text("문제 147번에 대한 역전파 함수를 backward 라는 이름으로 생성하시오",
                   "Create the backward-pass function for problem 147 under the name backward."),
    given="X = np.array([[1, 2], [3, 4]])      # (2, 2)\nW = np.array([[1, 3, 5], [2, 4, 6]])  # (2, 3)\n"
          "b = np.array([[1, 1, 1]])            # (1, 3)\ndY = np.array([[1, 1, 1], [2, 2, 2]])  # (2, 3)",
    example=""">>> dX, dW = backward(X, W, dY)
>>> dX      # 입력값에 대한 역전파 / with respect to the input
array([[ 9, 12],
       [18, 24]])
>>> dW      # 가중치에 대한 역전파 / with respect to the weights
array([[ 7,  7,  7],
       [10, 10, 10]])""",
    names=("forward", "backward"),
    stub='''
import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The batch forward pass of problem 147: X·W + b."""
    raise NotImplementedError


def backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(dX, dW) for a batch: dX (N, inputs) like X, dW (inputs, outputs) like W. Return them (the notes print them)."""
    raise NotImplementedError
''',
    checks=(
        *affine_value_checks("forward", (X, W, B), np.array([[6, 12, 18], [12, 26, 40]]), BATCHES),
        *affine_backward_value_checks("backward", (X, W, DY), (np.array([[9, 12], [18, 24]]), np.array([[7, 7, 7], [10, 10, 10]])),
                                      BATCHES),
    ),
    hints=(text("한 장일 때와 식이 같습니다: dX = np.dot(dY, W.T), dW = np.dot(X.T, dY). X.T·dY 의 곱이 배치의 행들을 더해 줍니다.",
                "The same formulas as for one image: dX = np.dot(dY, W.T), dW = np.dot(X.T, dY). The product X.T·dY adds up "
                "the rows of the batch."),),
)
