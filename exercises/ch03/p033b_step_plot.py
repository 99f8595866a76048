"""p033b · 계단 함수 그래프 (Plot of the step function)

[문제]
파이썬으로 계단 함수를 시각화하시오

[Problem]
Visualize the step function in Python.

주어진 것 / Given:
    x_data = np.arange(-5, 5, 0.1)
    # 제목 / title "계단 함수", plt.ylim(-0.1, 1.1)

눈으로 확인할 것 / Check by eye:
직접 실행해 창에 뜬 그래프가 x = 0 에서 0 에서 1 로 뛰어오르는 계단 모양이고, 제목 '계단 함수' 가 네모(□) 없이 한글로 보이는지 확인하세요.
Run the file yourself: the graph should jump from 0 to 1 at x = 0, and the title '계단 함수' should show as Korean letters, not boxes (□).

힌트 / Hints: grade hint p033b

채점 / Grade: grade p033b
"""
import matplotlib.pyplot as plt
import numpy as np

from grader.fonts import use_korean_font

use_korean_font()  # 한글 제목이 네모(□)로 깨지지 않도록 / so that the Korean title is not drawn as boxes


def step_func(x: np.ndarray) -> np.ndarray:
    """1 where x > 0, 0 where x <= 0, as ints (astype(int): np.int was removed from NumPy)."""
    raise NotImplementedError


def plot_step(x: np.ndarray) -> None:
    """Draw y = step_func(x) against x with plt.plot, title "계단 함수", y axis from -0.1 to 1.1.

    Draw only: plt.show() is called below, when you run this file yourself.
    """
    raise NotImplementedError


if __name__ == "__main__":
    plot_step(np.arange(-5, 5, 0.1))
    plt.show()
