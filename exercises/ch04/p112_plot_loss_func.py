"""p112 · 비용함수 그래프 (Plot of the cost function)

[문제]
문제 111번의 비용함수를 아래와 같이 시각화 하시오

[Problem]
Visualize the cost function of problem 111 as shown.

주어진 것 / Given:
    y = x**2 + 4**2
    x = np.arange(0.0, 20.0, 0.1)
    plt.xlabel("x"); plt.ylabel("f(x)")

눈으로 확인할 것 / Check by eye:
x = 0 에서 16으로 시작해 x = 20 근처에서 400을 넘는, 점점 가팔라지는 곡선인지 보세요.
The curve starts at 16 for x = 0 and climbs ever more steeply past 400 near x = 20.

힌트 / Hints: grade hint p112

채점 / Grade: grade p112
"""
import matplotlib.pyplot as plt
import numpy as np


def loss_func(x):
    """The cost function y = x**2 + 4**2 (element-wise on an array)."""
    raise NotImplementedError


def plot_loss_func() -> None:
    """Plot loss_func over x = np.arange(0.0, 20.0, 0.1), with the x label "x" and the y label "f(x)"."""
    raise NotImplementedError
