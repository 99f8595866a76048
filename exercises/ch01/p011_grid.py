"""p011 · 그래프에 격자 추가 (Add a grid to a graph)

[문제]
위의 그래프에 grid(격자)를 추가하시오. (t 를 받아 plt.plot(t) 로 그리고 격자를 켜는 함수로 만드세요.)

[Problem]
Add a grid to the line graph of the previous example (t = np.arange(0, 12, 0.01)). (Write a function: it draws t with plt.plot(t) and turns the grid on.)

주어진 것 / Given:
    t = np.arange(0, 12, 0.01)
    plt.plot(t)

눈으로 확인할 것 / Check by eye:
plot_with_grid(np.arange(0, 12, 0.01)); plt.show() 로 0에서 12까지 올라가는 직선과 격자를 보세요.
Run plot_with_grid(np.arange(0, 12, 0.01)); plt.show(): a straight line rising from 0 to 12, over a grid.

힌트 / Hints: grade hint p011

채점 / Grade: grade p011
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_with_grid(t: np.ndarray) -> None:
    """Draw t as a line graph, plt.plot(t), with a grid. plt.show() is fine: the grader opens no window."""
    raise NotImplementedError
