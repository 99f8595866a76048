import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_arrays, int_matrices, shared_shape
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

ROW_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("행렬곱(np.dot, @)을 했습니다. 브로드캐스트는 요소별 곱 a * b 입니다.",
                 "That is the matrix product (np.dot, @). Broadcasting multiplies element by element: a * b."),
            like=lambda a, b: a @ b),
    Mistake(text("b 를 열(세로)로 세워 곱했습니다: 축을 잘못 골랐습니다. b 는 a 의 각 행에 그대로 곱해집니다 (b[j] 가 j 열에).",
                 "b was stood up as a column: the wrong axis. b multiplies every row of a as it is (b[j] goes with column j)."),
            like=lambda a, b: a * b.reshape(-1, 1)),
)

PROBLEM = Problem(
    id="p005", chapter="ch01", slug="broadcast_row",
    title=text("브로드캐스트: 행렬 × 행 벡터", "Broadcasting: a matrix times a row"),
    statement=text("위의 그림 중 두번째 그림의 브로드캐스트를 numpy 로 구현하시오. (2x2 행렬 a 와 행 벡터 b 의 요소별 곱을 돌려주세요.)",
                   "Implement the second broadcasting example of the (missing) figure with NumPy: 2x2 matrix times a "
                   "1x2 row. (Return the element-wise product of a and b.)"),
    given="a = np.array([[1, 2], [3, 4]])\nb = np.array([10, 20])",
    example=">>> broadcast_row(a, b)\narray([[10, 40],\n       [30, 80]])",
    names=("broadcast_row",),
    stub='''
import numpy as np


def broadcast_row(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return a * b: b (one number per column of a) is stretched over every row of a."""
    raise NotImplementedError
''',
    checks=(
        Example("broadcast_row", (np.array([[1, 2], [3, 4]]), np.array([10, 20])), np.array([[10, 40], [30, 80]]),
                mistakes=ROW_MISTAKES),
        Holds("broadcast_row", [int_matrices("p005"), shared_shape("p005").flatmap(lambda shape: int_arrays(shape[1:]))],
              lambda args, actual: expect_equal(actual, np.array([row * args[1] for row in args[0]]), what="a * b"),
              title=text("다른 형상에서도: 모든 행에 b 를 곱함", "other shapes: every row times b"), mistakes=ROW_MISTAKES),
    ),
    hints=(text("형상 (2, 2) 와 (2,) 의 곱은 b 를 각 행에 되풀이해 곱합니다. 반복문이 필요 없습니다.",
                "Shapes (2, 2) times (2,): b is repeated for every row. No loop needed."),),
)
