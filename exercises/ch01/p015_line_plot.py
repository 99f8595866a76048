"""p015 · 산포도를 라인그래프로 (The scatter data as a line graph)

[문제]
위의 산포도 그래프를 라인그래프로 그리시오. (x, y 를 받아 라인그래프를 그리는 함수로 만드세요.)

[Problem]
Draw the scatter data above as a line graph. (Write a function: it takes x and y and draws the line graph.)

주어진 것 / Given:
    x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    y = np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4])

눈으로 확인할 것 / Check by eye:
산포도의 점들이 순서대로 선으로 이어져 보이나요?
Are the scatter plot's points now joined by a line, in order?

힌트 / Hints: grade hint p015

채점 / Grade: grade p015
"""
import matplotlib.pyplot as plt
import numpy as np


def line_plot(x: np.ndarray, y: np.ndarray) -> None:
    """Draw y against x as a line graph."""
    raise NotImplementedError
