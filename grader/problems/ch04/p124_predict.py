import numpy as np
from hypothesis.extra import numpy as hnp

from grader.checks import Holds, text
from grader.problems.activations import MATMUL_ERRORS
from grader.problems.common import explain_errors
from grader.problems.learning import (
                       dot_prop,
                       floats,
                       inputs_2,
                       weights_2x3,
                       weights_2x3_check,
)
from grader.spec import Problem

batches_2 = hnp.arrays(np.float64, hnp.array_shapes(min_dims=2, max_dims=2, max_side=4).map(lambda s: (s[0], 2)),
                       elements=floats(-3, 3))

PROBLEM = Problem(
    id="p124", chapter="ch04", slug="predict",
    title=text("predict: 입력과 가중치의 내적", "predict: the input times the weights"),
    statement=text("위에서 만든 가중치와 아래의 입력값과 행렬 내적을 하는 함수를 predict 로 생성하시오",
                   "Write a function predict that computes the dot product of the weights made above and the input below."),
    given="x = np.array([0.6, 0.9])\nw = __init__()",
    example=">>> predict(np.array([0.6, 0.9]), __init__())     # 가중치에 따라 다름 / depends on the weights\narray([0.9808, 0.9609, 0.3885])",
    names=("__init__", "predict"),
    stub='''
import numpy as np


def __init__() -> np.ndarray:
    """Random 2 x 3 weights."""
    raise NotImplementedError


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """np.dot of the input x and the weights w (x may be one sample or a batch, one sample per row)."""
    raise NotImplementedError
''',
    checks=(
        weights_2x3_check("__init__"),
        explain_errors(Holds("predict", (inputs_2, weights_2x3), dot_prop, title=text("한 샘플", "one sample")), MATMUL_ERRORS),
        explain_errors(Holds("predict", (batches_2, weights_2x3), dot_prop, title=text("배치 (한 행에 한 샘플)", "a batch (one sample per row)")),
                       MATMUL_ERRORS),
    ),
    hints=(text("return np.dot(x, w)", "return np.dot(x, w)"),),
)
