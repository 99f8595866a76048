"""p016 · 축에 한글 라벨 달기 (Korean axis labels)

[문제]
위의 그래프에 x축을 "월" 이라고 하고, y축을 "집값" 으로 라벨을 달으시오. (x, y 의 라인그래프를 그리고 두 축에 라벨을 다는 함수로 만드세요.)

[Problem]
Label the x axis "월" (month) and the y axis "집값" (house price) on the graph above. (Write a function: it draws the line graph of x, y and labels both axes.)

주어진 것 / Given:
    x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    y = np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4])
    x축 / x axis: 월    y축 / y axis: 집값

눈으로 확인할 것 / Check by eye:
축 라벨 '월', '집값' 이 네모(□)가 아니라 한글로 보이나요?
Are the axis labels '월' and '집값' shown in Hangul, not as boxes (□)?

힌트 / Hints: grade hint p016

채점 / Grade: grade p016
"""
import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()  # 한글이 네모(□)로 깨지지 않게 / so that Korean is not drawn as boxes (None: no Korean font found)


def labelled_plot(x: np.ndarray, y: np.ndarray) -> None:
    """Draw y against x as a line graph, with the x axis labelled 월 and the y axis 집값."""
    raise NotImplementedError
