from typing import Callable

import numpy as np

from grader.checks import Fail, expect_equal, text
from grader.problems.basics import HOUSE_PRICES_GIVEN, drawn_axes, house_price_figures
from grader.spec import Problem


def _scatter(x: np.ndarray, y: np.ndarray) -> Callable[[list], None]:
    def expect(figures: list) -> None:
        ax = drawn_axes(figures)
        if not ax["scatter"]:
            hint = text("plt.plot 은 점을 선으로 잇는 라인그래프입니다. 산포도는 plt.scatter(x, y) 입니다.",
                        "plt.plot joins the points with a line (a line graph). A scatter plot is plt.scatter(x, y).") \
                if ax["lines"] else None
            raise Fail("values", text("산포도(점)가 없습니다.", "There is no scatter plot (no points)."), show_values=False, hint=hint)
        points = ax["scatter"][-1]
        if points.shape == (len(x), 2) and np.allclose(points, np.column_stack([y, x])) and not np.allclose(x, y):
            raise Fail("values", text("x 와 y 가 뒤바뀌었습니다: plt.scatter(x, y) 순서입니다.",
                                      "x and y are swapped: the order is plt.scatter(x, y)."), show_values=False)
        expect_equal(points, np.column_stack([x, y]).astype(float), what="(x, y) points", dtype=None)

    return expect


PROBLEM = Problem(
    id="p014", chapter="ch01", slug="scatter",
    title=text("산포도 그래프", "A scatter plot"),
    statement=text("아래의 numpy 배열로 산포도그래프를 그리시오. (x, y 를 받아 산포도를 그리는 함수로 만드세요.)",
                   "Draw a scatter plot from the NumPy arrays. (Write a function: it takes x and y and draws their scatter plot.)"),
    given=HOUSE_PRICES_GIVEN,
    names=("scatter_plot",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def scatter_plot(x: np.ndarray, y: np.ndarray) -> None:
    """Draw the points (x[i], y[i]) as a scatter plot."""
    raise NotImplementedError
''',
    checks=house_price_figures("scatter_plot", _scatter, text("점의 좌표", "the points' coordinates")),
    hints=(text("plt.scatter(x, y) 는 (x[i], y[i]) 마다 점 하나를 찍습니다.", "plt.scatter(x, y) puts one dot at each (x[i], y[i])."),),
    autograded="partly",
    self_check=text("점 10개가 선으로 이어지지 않고 흩어져 보이나요?", "Do you see 10 separate dots, not joined by a line?"),
)
