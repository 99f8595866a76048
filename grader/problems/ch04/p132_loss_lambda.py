import numpy as np
from hypothesis.extra import numpy as hnp

from grader.checks import Holds, text
from grader.compare import Fail, expect_equal
from grader.problems.learning import HOOKS_NOTE, floats
from grader.spec import Problem


def _loss(w, x, t):
    return float(np.sum((np.dot(x, w) - t) ** 2))


def _prop(args, actual):
    w0, x, t, w = args
    if not (isinstance(actual, (tuple, list)) and len(actual) == 3):
        raise Fail("type", text("f_at 연결 함수는 고치지 마세요.", "Leave the hook f_at as it is."), actual=actual)
    name, before, after = actual
    if name != "<lambda>":
        return text(f"f가 lambda가 아니라 def로 만든 함수({name})입니다: f = lambda W: network.loss(x, t) 처럼 한 줄로 쓰세요.",
                    f"f is a def function ({name}), not a lambda: write it in one line, f = lambda W: network.loss(x, t).")
    expect_equal(before, _loss(w0, x, t), rtol=1e-9, dtype=None, what="f(W) = network.loss(x, t)")
    moved = w0.copy()
    moved[0, 0] += 1.0
    if np.isclose(after, before) and not np.isclose(_loss(moved, x, t), before):
        raise Fail("values", text("network.W를 바꿔도 f(W)가 그대로입니다: 손실을 미리 한 번 계산해 두지 말고, f가 불릴 때마다 network.loss(x, t)를 계산하세요. "
                                  "numerical_gradient는 가중치를 제자리에서 바꾼 뒤 f를 다시 부릅니다.",
                                  "f(W) stays the same after network.W changes: do not compute the loss once in advance; call "
                                  "network.loss(x, t) every time f is called. numerical_gradient changes the weights in place, then calls f again."),
                   expected=_loss(moved, x, t), actual=after)
    expect_equal(after, _loss(moved, x, t), rtol=1e-9, dtype=None, what=text("network.W[0, 0] += 1 후의 f(W)", "f(W) after network.W[0, 0] += 1"))
    return None


PROBLEM = Problem(
    id="p132", chapter="ch04", slug="loss_lambda",
    title=text("비용함수를 lambda로", "The cost function as a lambda"),
    statement=text("아래의 비용함수를 lambda 표현식으로 한줄로 변경해서 출력하시오", "Rewrite the cost function below in one line as a lambda expression."),
    given="def f(W):\n    return network.loss(x, t)",
    example=">>> f = make_f(network, x, t)\n>>> f(network.W) == network.loss(x, t)\nTrue",
    names=("make_f",),
    stub='''
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
''' + HOOKS_NOTE + '''

def f_at(W0: np.ndarray, x: np.ndarray, t: np.ndarray, W: np.ndarray) -> tuple:
    network = Network(W0)
    f = make_f(network, x, t)
    before = f(W)
    network.W[0, 0] += 1.0  # what numerical_gradient does: change the network's weights in place
    return f.__name__, before, f(W)
''',
    checks=(
        Holds("f_at", [hnp.arrays(np.float64, shape, elements=floats(-2, 2)) for shape in ((2, 3), (4, 2), (4, 3), (2, 3))], _prop,
              title=text("f는 lambda이고, 불릴 때마다 network.loss(x, t)", "f is a lambda and computes network.loss(x, t) at every call")),
    ),
    hints=(text("f = lambda W: network.loss(x, t)  — 그리고 return f", "f = lambda W: network.loss(x, t)  — then return f"),),
)
