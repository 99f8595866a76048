import numpy as np
from hypothesis import strategies as st

from grader.checks import text
from grader.problems.backprop import affine_backward_value_checks
from grader.spec import Problem

X, W, DY = np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 2, 3]])

PROBLEM = Problem(
    id="p145", chapter="ch05", slug="affine_backward_by_hand",
    title=text("Affine 역전파: dX와 dW", "The affine backward pass: dX and dW"),
    statement=text("위의 순전파의 역전파된 최종값인 dX와 dW를 각각 구하시오. 상류에서 흘러온 기울기 dY(= ∂L/∂Y, Y와 같은 형상)는 "
                   "아래와 같이 정합니다 (노트의 답이 고른 값).",
                   "Compute dX and dW, the final values of back-propagating the forward pass above. The upstream gradient "
                   "dY (= ∂L/∂Y, the shape of Y) is given below (the value the notes' answer chose)."),
    given="X = np.array([[1, 2]])\nW = np.array([[1, 3, 5], [2, 4, 6]])\nb = np.array([[1, 2, 3]])\n"
          "Y = np.dot(X, W) + b      # [[ 6 13 20]]\ndY = np.array([[1, 2, 3]])  # 상류의 기울기 / the upstream gradient ∂L/∂Y",
    example=""">>> dX, dW = affine_backward(np.array([[1, 2]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 2, 3]]))
>>> dX
array([[22, 28]])
>>> dW
array([[1, 2, 3],
       [2, 4, 6]])""",
    names=("affine_backward",),
    stub='''
import numpy as np


def affine_backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(dX, dW) for Y = X·W + b and the upstream gradient dY: dX has the shape of X, dW that of W."""
    raise NotImplementedError
''',
    checks=affine_backward_value_checks("affine_backward", (X, W, DY), (np.array([[22, 28]]), np.array([[1, 2, 3], [2, 4, 6]])),
                                        st.tuples(st.integers(1, 3), st.integers(1, 4), st.integers(1, 4))),
    hints=(text("dX = np.dot(dY, W.T) — (1, 3)·(3, 2) = (1, 2), X의 형상.", "dX = np.dot(dY, W.T): (1, 3)·(3, 2) = (1, 2), the shape of X."),
           text("dW = np.dot(X.T, dY) — (2, 1)·(1, 3) = (2, 3), W의 형상.", "dW = np.dot(X.T, dY): (2, 1)·(1, 3) = (2, 3), the shape of W.")),
)
