from typing import Callable

import numpy as np

from grader.checks import Fail, text
from grader.problems.basics import (
    HOUSE_PRICES_GIVEN,
    drawn_axes,
    expect_labels,
    expect_line,
    house_price_figures,
)
from grader.spec import Problem


def _labelled(x: np.ndarray, y: np.ndarray) -> Callable[[list], None]:
    def expect(figures: list) -> None:
        ax = drawn_axes(figures)
        if not ax["lines"]:
            raise Fail("values", text("선이 없습니다: plt.plot(x, y) 로 그리세요.", "There is no line: draw plt.plot(x, y)."),
                       show_values=False)
        expect_line(ax["lines"][-1], x, y, "plt.plot(x, y):")
        if (ax["xlabel"].strip(), ax["ylabel"].strip()) == ("month", "price of apartment"):
            raise Fail("values", text("노트의 답처럼 영어 라벨입니다. 문제는 한글 라벨 '월', '집값' 을 요구합니다.",
                                      "English labels, as in the notes' answer. The problem asks for the Korean labels '월' and '집값'."),
                       expected="월 / 집값", actual=f"{ax['xlabel']} / {ax['ylabel']}")
        expect_labels(ax, xlabel="월", ylabel="집값")

    return expect


PROBLEM = Problem(
    id="p016", chapter="ch01", slug="axis_labels",
    title=text("축에 한글 라벨 달기", "Korean axis labels"),
    statement=text("위의 그래프에 x축을 \"월\" 이라고 하고, y축을 \"집값\" 으로 라벨을 달으시오. "
                   "(x, y 의 라인그래프를 그리고 두 축에 라벨을 다는 함수로 만드세요.)",
                   "Label the x axis \"월\" (month) and the y axis \"집값\" (house price) on the graph above. "
                   "(Write a function: it draws the line graph of x, y and labels both axes.)"),
    given=HOUSE_PRICES_GIVEN + "\nx축 / x axis: 월    y축 / y axis: 집값",
    names=("labelled_plot",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()  # 한글이 네모(□)로 깨지지 않게 / so that Korean is not drawn as boxes (None: no Korean font found)


def labelled_plot(x: np.ndarray, y: np.ndarray) -> None:
    """Draw y against x as a line graph, with the x axis labelled 월 and the y axis 집값."""
    raise NotImplementedError
''',
    checks=house_price_figures("labelled_plot", _labelled, text("선과 축 라벨", "the line and the axis labels")),
    hints=(text("plt.xlabel('월'), plt.ylabel('집값').", "plt.xlabel('월'), plt.ylabel('집값')."),
           text("노트의 답은 영어 라벨(month, price of apartment)을 썼지만, 문제는 한글 라벨을 요구합니다.",
                "The notes' answer used English labels (month, price of apartment); the problem asks for Korean ones.")),
    autograded="partly",
    self_check=text("축 라벨 '월', '집값' 이 네모(□)가 아니라 한글로 보이나요?", "Are the axis labels '월' and '집값' shown in Hangul, not as boxes (□)?"),
)
