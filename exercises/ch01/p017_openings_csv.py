"""p017 · CSV 파일로 라인그래프 (치킨집 창업건수) (A line graph from a CSV file (chicken-restaurant openings))

[문제]
치킨집 연도별 창업건수를 가지고 라인그래프를 그리시오. (CSV 파일의 경로를 받아 np.loadtxt 로 읽고, 연도(0번 열)를 x, 치킨집(4번 열)을 y 로 그리는 함수로 만드세요. 라벨과 제목은 아래와 같이.)

[Problem]
Draw a line graph of yearly chicken-restaurant openings from the openings CSV file. (Write a function: it takes the CSV file's path, reads it with np.loadtxt, and draws the year (column 0) as x and chicken restaurants (column 4) as y, with the labels and title below.)

주어진 것 / Given:
    창업건수.csv: 머리글 한 줄 + 2005~2014년 10행, 쉼표 구분, 8열 (0번 = 년도, 4번 = 치킨집)
      / a header line, then 10 rows (2005-2014), comma-separated, 8 columns (0 = year, 4 = chicken)
      rebuilt exactly from the array the notes print
    x축 / x label: 연도    y축 / y label: 치킨집 개업 수    제목 / title: 연도별 치킨집 개업 현황

눈으로 확인할 것 / Check by eye:
2005년부터 2014년까지 치킨집 개업 수가 오르내리는 선과 한글 라벨·제목이 제대로 보이나요?
Do you see chicken openings from 2005 to 2014 as one line, with the Korean labels and title readable?

힌트 / Hints: grade hint p017

채점 / Grade: grade p017
"""
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
