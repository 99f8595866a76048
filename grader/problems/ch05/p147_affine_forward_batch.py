import numpy as np
from hypothesis import strategies as st

from grader.checks import Mistake, text
from grader.problems.backprop import affine, affine_value_checks
from grader.spec import Problem

FIRST_ROW_ONLY = Mistake(text("첫 번째 이미지(X[0])만 계산했습니다: np.dot(X, W)는 배치의 모든 행을 한 번에 계산합니다.",
                              "Only the first image (X[0]) is computed: np.dot(X, W) handles every row of the batch at once."),
                         when=lambda args, actual: len(args[0]) > 1 and np.shape(actual) in ((args[1].shape[1],), (1, args[1].shape[1]))
                         and np.allclose(np.ravel(actual), np.ravel(affine(args[0][:1], args[1], args[2]))))

PROBLEM = Problem(
    id="p147", chapter="ch05", slug="affine_forward_batch",
    title=text("배치를 처리하는 Affine 순전파", "The affine forward pass for a batch"),
    statement=text("지금 위의 코드는 MNIST 로 치면 딱 한장의 이미지만 입력되는 코드이다. 아래와 같이 batch 로 처리할 수 있도록 "
                   "2장의 이미지로 처리되는 코드로 forward를 구현하시오",
                   "The code above handles only one image (in MNIST terms); implement forward so it processes a batch of "
                   "2 images as below."),
    given="X = np.array([[1, 2], [3, 4]])    # (2, 2)\nW = np.array([[1, 3, 5], [2, 4, 6]])  # (2, 3)\nb = np.array([[1, 1, 1]])\n\n"
          "print(forward(X, W, b))",
    example=">>> forward(np.array([[1, 2], [3, 4]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]]))\n"
            "array([[ 6, 12, 18],\n       [12, 26, 40]])",
    names=("forward",),
    stub='''
import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The affine forward pass for a batch X (N, inputs), one image per row: (N, outputs)."""
    raise NotImplementedError
''',
    checks=affine_value_checks("forward", (np.array([[1, 2], [3, 4]]), np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]])),
                               np.array([[6, 12, 18], [12, 26, 40]]),
                               st.tuples(st.integers(2, 5), st.integers(1, 4), st.integers(1, 4)), extra_mistakes=(FIRST_ROW_ONLY,)),
    hints=(text("(N, 2)·(2, 3) = (N, 3): 한 장일 때와 같은 np.dot(X, W) + b 가 배치 전체를 계산합니다. b (1, 3)은 모든 행에 더해집니다.",
                "(N, 2)·(2, 3) = (N, 3): the same np.dot(X, W) + b computes the whole batch; b (1, 3) is added to every row."),),
)
