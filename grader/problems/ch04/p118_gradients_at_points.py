import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Context, Custom, Example, for_all, text
from grader.compare import Fail, expect_equal
from grader.problems.learning import NOT_RESTORED
from grader.spec import Problem

POINTS = np.array([[3.0, 4.0], [0.0, 2.0], [3.0, 0.0]])
point_rows = hnp.arrays(np.float64, st.tuples(st.integers(1, 5), st.just(2)),
                        elements=st.integers(-40, 40).map(lambda k: k / 10))


def _every_point(ctx: Context) -> None:
    def body(points: np.ndarray) -> None:
        actual = ctx.session.call("gradients_at", points, watch=True)
        expect_equal(actual, 2 * points, rtol=1e-6, atol=1e-6, what="gradients")
        if 0 in ctx.session.changed_args:
            raise Fail("property", NOT_RESTORED, actual=actual, show_values=False)

    for_all(ctx, (point_rows,), body)


PROBLEM = Problem(
    id="p118", chapter="ch04", slug="gradients_at_points",
    title=text("여러 점에서의 기울기", "The gradient at several points"),
    statement=text("아래의 x0, x1 지점에서의 기울기를 각각 구하시오", "Compute the gradient at each of the points x0, x1 below."),
    given="f(x) = np.sum(x**2)\n[3.0, 4.0] -----> [6.0, 8.0]\n[0.0, 2.0] ----->\n[3.0, 0.0] ----->",
    example=">>> gradients_at(np.array([[3.0, 4.0], [0.0, 2.0], [3.0, 0.0]]))\n"
            "array([[6., 8.],\n       [0., 4.],\n       [6., 0.]])",
    names=("function_2", "numerical_gradient", "gradients_at"),
    stub='''
import numpy as np


def function_2(x: np.ndarray) -> float:
    """f(x0, x1) = x0**2 + x1**2 = np.sum(x**2)."""
    raise NotImplementedError


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x (central difference, h = 1e-4); x is unchanged afterwards."""
    raise NotImplementedError


def gradients_at(points: np.ndarray) -> np.ndarray:
    """One row per point: the gradient of function_2 at that row of points."""
    raise NotImplementedError
''',
    checks=(
        Example("gradients_at", (POINTS,), 2 * POINTS, rtol=1e-7, atol=1e-7),
        Custom(_every_point, text("여러 점에서 기울기 = 2x, 입력은 그대로", "the gradient is 2x at many points, input left unchanged")),
    ),
    hints=(text("np.array([numerical_gradient(function_2, p) for p in points])", "np.array([numerical_gradient(function_2, p) for p in points])"),
           text("기울기는 (0, 0)에서 멀수록 크고, 모두 (0, 0)에서 멀어지는 쪽(오르막)을 가리킵니다. 경사법은 그 반대로 갑니다.",
                "The gradient grows away from (0, 0) and always points away from it (uphill); gradient descent goes the other way.")),
)
