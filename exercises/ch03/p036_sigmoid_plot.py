"""p036 · 시그모이드 함수 그래프 (Plot of the sigmoid function)

[문제]
시그모이드 함수를 파이썬으로 그래프를 그려 시각화하시오

[Problem]
Draw a graph of the sigmoid function in Python.

주어진 것 / Given:
    x_data = np.arange(-6, 6, 0.1)
    # 제목 / title "시그모이드 함수", plt.ylim(-0.1, 1.1)

눈으로 확인할 것 / Check by eye:
직접 실행해 그래프가 0 에서 1 로 매끄럽게 올라가는 S 자 곡선(x = 0 에서 0.5)이고, 제목 '시그모이드 함수' 가 네모(□) 없이 한글로 보이는지 확인하세요. 계단 함수 그래프와 비교해 보세요.
Run the file yourself: a smooth S-shaped curve rising from 0 to 1 (0.5 at x = 0), with the title '시그모이드 함수' in Korean letters, not boxes (□). Compare it with the step function's graph.

힌트 / Hints: grade hint p036

채점 / Grade: grade p036
"""
import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()  # 한글 제목이 네모(□)로 깨지지 않도록 / so that the Korean title is not drawn as boxes


def sigmoid(x: np.ndarray) -> np.ndarray:
    """h(x) = 1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError


def plot_sigmoid(x: np.ndarray) -> None:
    """Draw y = sigmoid(x) against x with plt.plot, title "시그모이드 함수", y axis from -0.1 to 1.1.

    Draw only: plt.show() is called below, when you run this file yourself.
    """
    raise NotImplementedError


if __name__ == "__main__":
    plot_sigmoid(np.arange(-6, 6, 0.1))
    plt.show()
