import numpy as np
from hypothesis import strategies as st

from grader.checks import text
from grader.problems.backprop import affine_backward_value_checks
from grader.spec import Problem

X, W = np.array([[1, 2], [3, 4]]), np.array([[1, 3, 5], [2, 4, 6]])
DY = np.array([[1, 1, 1], [2, 2, 2]])

PROBLEM = Problem(
    id="p150", chapter="ch05", slug="bias_gradient",
    title=text("역전파 함수에 바이어스의 기울기 추가", "Adding the bias gradient to the backward function"),
    statement=text("아래의 backward 함수에 바이어스에 대한 역전파를 출력하는 코드를 추가하시오",
                   "Add code to the backward function below that outputs the back-propagation for the bias."),
    given="""# 역전파 / backward
def backward(X, W, dY):
    dX = np.dot(dY, W.T)
    print('dX(입력값에 대한 역전파):', dX)
    dW = np.dot(X.T, dY)
    print('dW(가중치에 대한 역전파):', dW)

X = np.array([[1, 2], [3, 4]]); W = np.array([[1, 3, 5], [2, 4, 6]]); dY = np.array([[1, 1, 1], [2, 2, 2]])""",
    example=""">>> dX, dW, db = backward(X, W, dY)
>>> db      # 바이어스에 대한 역전파 / with respect to the bias
array([3, 3, 3])
(노트의 답은 함수 밖에서 b 행렬의 열을 더합니다: db는 함수 안에서 dY로 구합니다.
 The notes' answer sums the columns of a matrix b outside the function: db comes from dY, inside the function.)""",
    names=("backward",),
    stub='''
import numpy as np


def backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dX, dW, db): the function above, returning its two gradients and the bias's, db (outputs,)."""
    raise NotImplementedError
''',
    checks=affine_backward_value_checks("backward", (X, W, DY), (np.array([[9, 12], [18, 24]]), np.array([[7, 7, 7], [10, 10, 10]]),
                                                                  np.array([3, 3, 3])),
                                        st.tuples(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4)), with_db=True),
    hints=(text("b는 배치의 모든 행에 더해졌습니다: 각 행의 기울기가 모두 b로 모이므로 db = np.sum(dY, axis=0) (문제 149).",
                "b was added to every row of the batch, so every row's gradient flows into it: db = np.sum(dY, axis=0) (problem 149)."),),
)
