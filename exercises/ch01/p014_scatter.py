"""p014 · 산포도 그래프 (A scatter plot)

[문제]
아래의 numpy 배열로 산포도그래프를 그리시오. (x, y 를 받아 산포도를 그리는 함수로 만드세요.)

[Problem]
Draw a scatter plot from the NumPy arrays. (Write a function: it takes x and y and draws their scatter plot.)

주어진 것 / Given:
    x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    y = np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4])

눈으로 확인할 것 / Check by eye:
점 10개가 선으로 이어지지 않고 흩어져 보이나요?
Do you see 10 separate dots, not joined by a line?

힌트 / Hints: grade hint p014

채점 / Grade: grade p014
"""
import matplotlib.pyplot as plt
import numpy as np


def scatter_plot(x: np.ndarray, y: np.ndarray) -> None:
    """Draw the points (x[i], y[i]) as a scatter plot."""
    raise NotImplementedError
