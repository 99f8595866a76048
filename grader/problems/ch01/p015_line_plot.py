from typing import Callable

import numpy as np

from grader.checks import Fail, text
from grader.problems.basics import (
    HOUSE_PRICES_GIVEN,
    drawn_axes,
    expect_line,
    house_price_figures,
)
from grader.spec import Problem


def _line_plot(x: np.ndarray, y: np.ndarray) -> Callable[[list], None]:
    def expect(figures: list) -> None:
        ax = drawn_axes(figures)
        if not ax["lines"]:
            hint = text("plt.scatter 는 점만 찍습니다. 라인그래프는 plt.plot(x, y) 입니다.",
                        "plt.scatter only puts dots. A line graph is plt.plot(x, y).") if ax["scatter"] else None
            raise Fail("values", text("선이 없습니다.", "There is no line."), show_values=False, hint=hint)
        line = ax["lines"][-1]
        if len(line["x"]) == len(x) and np.allclose(line["x"], np.arange(len(x))) and not np.allclose(x, np.arange(len(x))):
            raise Fail("values", text("x 값이 0, 1, 2, ... 입니다: plt.plot(y) 처럼 y 만 주면 x 는 번호가 됩니다. plt.plot(x, y) 로 x 도 주세요.",
                                      "The x values are 0, 1, 2, ...: plt.plot(y) alone numbers the points. Pass x too: plt.plot(x, y)."),
                       expected=np.asarray(x, dtype=float), actual=line["x"])
        expect_line(line, x, y, "plt.plot(x, y):")

    return expect


PROBLEM = Problem(
    id="p015", chapter="ch01", slug="line_plot",
    title=text("산포도를 라인그래프로", "The scatter data as a line graph"),
    statement=text("위의 산포도 그래프를 라인그래프로 그리시오. (x, y 를 받아 라인그래프를 그리는 함수로 만드세요.)",
                   "Draw the scatter data above as a line graph. (Write a function: it takes x and y and draws the line graph.)"),
    given=HOUSE_PRICES_GIVEN,
    names=("line_plot",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def line_plot(x: np.ndarray, y: np.ndarray) -> None:
    """Draw y against x as a line graph."""
    raise NotImplementedError
''',
    checks=house_price_figures("line_plot", _line_plot, text("선의 x, y 데이터", "the line's x, y data")),
    hints=(text("plt.plot(x, y): 첫 인자가 x 축, 둘째가 y 축입니다.", "plt.plot(x, y): the first argument is the x axis, the second the y axis."),),
    autograded="partly",
    self_check=text("산포도의 점들이 순서대로 선으로 이어져 보이나요?", "Are the scatter plot's points now joined by a line, in order?"),
)
