"""p018 · 창업과 폐업을 겹친 라인그래프 (Openings and closings in one line graph)

[문제]
아래와 같이 치킨집의 연도별 창업과 폐업 수를 겹치게 하여 그리시오. (두 CSV 파일의 경로를 받아, 창업(label '창업')과 폐업(label '폐업')의 치킨집 선 두 개를 한 그래프에 그리고 범례, 라벨, 제목을 다는 함수로 만드세요.)

[Problem]
Overlay yearly openings and closings of chicken restaurants in one line graph (as in the missing result figure). (Write a function: it takes the two CSV paths and draws the chicken line of openings (label '창업') and of closings (label '폐업') in one graph, with a legend, labels and title.)

주어진 것 / Given:
    창업건수.csv: 문제 17과 같음 / as in p017
    폐업건수.csv: 합성 데이터 (노트에 숫자가 없음), 같은 모양 / SYNTHETIC data (the notes have no closing numbers), same layout
    x축 / x label: 연도    y축 / y label: 치킨집 개업(폐업) 수    제목 / title: 연도별 치킨집 개업, 폐업 현황
    범례 / legend: 창업, 폐업

눈으로 확인할 것 / Check by eye:
두 선이 한 그래프에 겹쳐 보이고, 범례와 한글 라벨·제목이 읽히나요? (폐업 숫자는 합성 데이터입니다.)
Do both lines share one graph, with a readable legend, Korean labels and title? (The closing numbers are synthetic.)

힌트 / Hints: grade hint p018

채점 / Grade: grade p018
"""
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
