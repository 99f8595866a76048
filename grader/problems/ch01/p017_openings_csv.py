from grader.checks import Fail, Figure, text
from grader.problems.basics import (
    CLOSINGS_CSV,
    OPENINGS_CSV,
    drawn_axes,
    expect_chicken_line,
    expect_labels,
)
from grader.spec import Problem

LABELS = {"xlabel": "연도", "ylabel": "치킨집 개업 수", "title": "연도별 치킨집 개업 현황"}


def _openings(fixture: str, labels: bool) -> Figure:
    def expect(figures: list) -> None:
        ax = drawn_axes(figures)
        if not ax["lines"]:
            raise Fail("values", text("선이 없습니다: plt.plot(x, y) 로 그리세요.", "There is no line: draw plt.plot(x, y)."),
                       show_values=False)
        expect_chicken_line(ax["lines"][-1], fixture, "plt.plot(x, y)")
        if labels:
            expect_labels(ax, **LABELS)

    what = text("창업건수.csv: 치킨집 선, 축 라벨, 제목", "창업건수.csv: the chicken line, axis labels, title") if labels \
        else text(f"다른 파일 ({fixture}) 도 같은 방법으로", f"another file ({fixture}), the same way")
    return Figure("plot_openings", expect, args=(f"fixtures/{fixture}",), title=what)


PROBLEM = Problem(
    id="p017", chapter="ch01", slug="openings_csv",
    title=text("CSV 파일로 라인그래프 (치킨집 창업건수)", "A line graph from a CSV file (chicken-restaurant openings)"),
    statement=text("치킨집 연도별 창업건수를 가지고 라인그래프를 그리시오. (CSV 파일의 경로를 받아 np.loadtxt 로 읽고, "
                   "연도(0번 열)를 x, 치킨집(4번 열)을 y 로 그리는 함수로 만드세요. 라벨과 제목은 아래와 같이.)",
                   "Draw a line graph of yearly chicken-restaurant openings from the openings CSV file. (Write a "
                   "function: it takes the CSV file's path, reads it with np.loadtxt, and draws the year (column 0) as "
                   "x and chicken restaurants (column 4) as y, with the labels and title below.)"),
    given="창업건수.csv: 머리글 한 줄 + 2005~2014년 10행, 쉼표 구분, 8열 (0번 = 년도, 4번 = 치킨집)\n"
          "  / a header line, then 10 rows (2005-2014), comma-separated, 8 columns (0 = year, 4 = chicken)\n"
          "  rebuilt exactly from the array the notes print\n"
          "x축 / x label: 연도    y축 / y label: 치킨집 개업 수    제목 / title: 연도별 치킨집 개업 현황",
    names=("plot_openings",),
    fixtures=(OPENINGS_CSV, CLOSINGS_CSV),
    stub='''
import os

import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()  # 한글이 네모(□)로 깨지지 않게 / so that Korean is not drawn as boxes (None: no Korean font found)


def plot_openings(path: str) -> None:
    """Read the CSV at path (np.loadtxt, header row skipped) and draw chicken openings (column 4) by year (column 0).

    x label 연도, y label 치킨집 개업 수, title 연도별 치킨집 개업 현황.
    """
    raise NotImplementedError


if __name__ == "__main__":  # python ch01/p017_openings_csv.py  ->  look at it yourself
    from grader.workspace import FIXTURES

    plot_openings(os.path.join(os.environ.get("DLSCRATCH_FIXTURES", FIXTURES), "창업건수.csv"))
    plt.show()
''',
    checks=(_openings(OPENINGS_CSV, labels=True), _openings(CLOSINGS_CSV, labels=False)),
    hints=(text("np.loadtxt(path, skiprows=1, delimiter=',', unpack=True): 머리글을 건너뛰고, unpack=True 로 열마다 한 줄씩 받습니다.",
                "np.loadtxt(path, skiprows=1, delimiter=',', unpack=True): skip the header; unpack=True gives one row per column."),
           text("unpack=True 이면 chi[0] 이 연도 10개, chi[4] 가 치킨집 10개입니다. unpack=False 이면 chi[0] 은 2005년 한 행입니다.",
                "With unpack=True, chi[0] is the 10 years and chi[4] the 10 chicken counts. Without it, chi[0] is the row of 2005.")),
    autograded="partly",
    self_check=text("2005년부터 2014년까지 치킨집 개업 수가 오르내리는 선과 한글 라벨·제목이 제대로 보이나요?",
                    "Do you see chicken openings from 2005 to 2014 as one line, with the Korean labels and title readable?"),
)
