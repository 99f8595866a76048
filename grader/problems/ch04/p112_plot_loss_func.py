import numpy as np

from grader.checks import Figure, Holds, text
from grader.compare import Fail, expect_equal
from grader.problems.learning import equals, floats
from grader.spec import Problem

X = np.arange(0.0, 20.0, 0.1)


def _expect(figures):
    axes = figures[0]["axes"][0]
    if not axes["lines"]:
        raise Fail("values", text("선 그래프가 없습니다: plt.plot(x, y)로 그리세요.", "No line: draw it with plt.plot(x, y)."),
                   show_values=False)
    line = axes["lines"][0]
    expect_equal(np.asarray(line["x"], dtype=float), X, what="x (np.arange(0.0, 20.0, 0.1))")
    y = np.asarray(line["y"], dtype=float)
    if y.shape == X.shape and np.allclose(y, X ** 2):
        raise Fail("values", text("y가 x² 입니다: 비용함수는 x**2 + 4**2 이므로 16만큼 위에 있어야 합니다.",
                                  "y is x²: the cost function is x**2 + 4**2, 16 higher."), expected=X ** 2 + 16, actual=y)
    expect_equal(y, X ** 2 + 16, what="y = loss_func(x)")
    expect_equal(axes["xlabel"], "x", what="xlabel")
    expect_equal(axes["ylabel"], "f(x)", what="ylabel")


PROBLEM = Problem(
    id="p112", chapter="ch04", slug="plot_loss_func",
    title=text("비용함수 그래프", "Plot of the cost function"),
    statement=text("문제 111번의 비용함수를 아래와 같이 시각화 하시오", "Visualize the cost function of problem 111 as shown."),
    given="y = x**2 + 4**2\nx = np.arange(0.0, 20.0, 0.1)\nplt.xlabel(\"x\"); plt.ylabel(\"f(x)\")",
    names=("loss_func", "plot_loss_func"),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def loss_func(x):
    """The cost function y = x**2 + 4**2 (element-wise on an array)."""
    raise NotImplementedError


def plot_loss_func() -> None:
    """Plot loss_func over x = np.arange(0.0, 20.0, 0.1), with the x label "x" and the y label "f(x)"."""
    raise NotImplementedError
''',
    checks=(
        Holds("loss_func", (floats(-20, 20),), equals(lambda x: x ** 2 + 16, dtype=None),
              title=text("loss_func(x) = x² + 16", "loss_func(x) = x² + 16")),
        Figure("plot_loss_func", _expect),
    ),
    autograded="partly",
    self_check=text("x = 0 에서 16으로 시작해 x = 20 근처에서 400을 넘는, 점점 가팔라지는 곡선인지 보세요.",
                    "The curve starts at 16 for x = 0 and climbs ever more steeply past 400 near x = 20."),
    hints=(text("x = np.arange(0.0, 20.0, 0.1); plt.plot(x, loss_func(x)); plt.xlabel(\"x\"); plt.ylabel(\"f(x)\")",
                "x = np.arange(0.0, 20.0, 0.1); plt.plot(x, loss_func(x)); plt.xlabel(\"x\"); plt.ylabel(\"f(x)\")"),),
)
