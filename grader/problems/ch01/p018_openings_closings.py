from grader.checks import Fail, Figure, text
from grader.problems.basics import (
    CLOSINGS_CSV,
    OPENINGS_CSV,
    drawn_axes,
    expect_chicken_line,
    expect_labels,
)
from grader.spec import Problem

LABELS = {"xlabel": "연도", "ylabel": "치킨집 개업(폐업) 수", "title": "연도별 치킨집 개업, 폐업 현황"}
LEGEND = ["창업", "폐업"]


def _draws(line: dict, fixture: str) -> bool:
    try:
        expect_chicken_line(line, fixture, "")
        return True
    except Fail:
        return False


def _overlay(open_fixture: str, close_fixture: str) -> Figure:
    def expect(figures: list) -> None:
        ax = drawn_axes(figures)
        lines = ax["lines"]
        if len(lines) != 2:
            raise Fail("values", text(f"선이 {len(lines)} 개입니다: 창업과 폐업, 두 선을 한 그래프에 겹쳐 그리세요.",
                                      f"{len(lines)} line(s): draw two lines, openings and closings, in one graph."),
                       show_values=False)
        labels = [line["label"] for line in lines]
        if labels != LEGEND:
            unlabeled = any(label.startswith("_") for label in labels)
            raise Fail("values", text(f"선의 label 이 {LEGEND} (그린 순서대로) 이어야 하는데 {labels} 입니다.",
                                      f"The lines' labels should be {LEGEND} (in drawing order), got {labels}."),
                       expected=LEGEND, actual=labels,
                       hint=text("plt.plot(x, y, label='창업') 처럼 선마다 label 을 주세요.",
                                 "Give each line a label: plt.plot(x, y, label='창업').") if unlabeled else None)
        if _draws(lines[0], close_fixture) and _draws(lines[1], open_fixture):
            raise Fail("values", text("인자로 받은 경로가 아니라 고정된 파일을 읽었습니다: open_path, close_path 를 여세요.",
                                      "It read fixed files, not the paths passed in: open open_path and close_path."),
                       show_values=False)
        expect_chicken_line(lines[0], open_fixture, "창업 / openings")
        expect_chicken_line(lines[1], close_fixture, "폐업 / closings")
        if ax["legend"] != LEGEND:
            raise Fail("values", text("범례가 없습니다: plt.legend() 를 부르세요." if ax["legend"] is None else "범례가 다릅니다.",
                                      "There is no legend: call plt.legend()." if ax["legend"] is None else "The legend differs."),
                       expected=LEGEND, actual=ax["legend"])
        expect_labels(ax, **LABELS)

    swapped = open_fixture != OPENINGS_CSV
    what = text("두 파일을 바꿔 주어도 인자 순서대로", "the two files swapped: still in argument order") if swapped \
        else text("창업·폐업 두 선, 범례, 라벨, 제목", "the openings and closings lines, legend, labels, title")
    return Figure("plot_openings_closings", expect, args=(f"fixtures/{open_fixture}", f"fixtures/{close_fixture}"), title=what)


PROBLEM = Problem(
    id="p018", chapter="ch01", slug="openings_closings",
    title=text("창업과 폐업을 겹친 라인그래프", "Openings and closings in one line graph"),
    statement=text("아래와 같이 치킨집의 연도별 창업과 폐업 수를 겹치게 하여 그리시오. (두 CSV 파일의 경로를 받아, 창업(label '창업')과 "
                   "폐업(label '폐업')의 치킨집 선 두 개를 한 그래프에 그리고 범례, 라벨, 제목을 다는 함수로 만드세요.)",
                   "Overlay yearly openings and closings of chicken restaurants in one line graph (as in the missing "
                   "result figure). (Write a function: it takes the two CSV paths and draws the chicken line of "
                   "openings (label '창업') and of closings (label '폐업') in one graph, with a legend, labels and title.)"),
    given="창업건수.csv: 문제 17과 같음 / as in p017\n"
          "폐업건수.csv: 합성 데이터 (노트에 숫자가 없음), 같은 모양 / SYNTHETIC data (the notes have no closing numbers), same layout\n"
          "x축 / x label: 연도    y축 / y label: 치킨집 개업(폐업) 수    제목 / title: 연도별 치킨집 개업, 폐업 현황\n"
          "범례 / legend: 창업, 폐업",
    names=("plot_openings_closings",),
    fixtures=(OPENINGS_CSV, CLOSINGS_CSV),
    stub='''
import os

import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()  # 한글이 네모(□)로 깨지지 않게 / so that Korean is not drawn as boxes (None: no Korean font found)


def plot_openings_closings(open_path: str, close_path: str) -> None:
    """Draw chicken openings (label 창업, from open_path) and closings (label 폐업, from close_path) by year, in that
    order, in one graph with a legend; x label 연도, y label 치킨집 개업(폐업) 수, title 연도별 치킨집 개업, 폐업 현황."""
    raise NotImplementedError


if __name__ == "__main__":  # python ch01/p018_openings_closings.py  ->  look at it yourself
    from grader.workspace import FIXTURES

    folder = os.environ.get("DLSCRATCH_FIXTURES", FIXTURES)
    plot_openings_closings(os.path.join(folder, "창업건수.csv"), os.path.join(folder, "폐업건수.csv"))
    plt.show()
''',
    checks=(_overlay(OPENINGS_CSV, CLOSINGS_CSV), _overlay(CLOSINGS_CSV, OPENINGS_CSV)),
    hints=(text("plt.plot 을 두 번, 각각 label='창업', label='폐업' 으로 부르고 plt.legend() 로 범례를 보이세요.",
                "Call plt.plot twice, with label='창업' and label='폐업', then plt.legend() to show the legend."),),
    autograded="partly",
    self_check=text("두 선이 한 그래프에 겹쳐 보이고, 범례와 한글 라벨·제목이 읽히나요? (폐업 숫자는 합성 데이터입니다.)",
                    "Do both lines share one graph, with a readable legend, Korean labels and title? (The closing numbers are synthetic.)"),
)
