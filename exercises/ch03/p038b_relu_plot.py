"""p038b · ReLU 함수 그래프 (Plot of the ReLU function)

[문제]
Relu 함수를 파이썬으로 시각화하시오

[Problem]
Visualize the ReLU function in Python.

주어진 것 / Given:
    x_data = np.arange(-5, 5, 0.1)
    # 제목 / title "Relu function", plt.xlim(-6, 6), plt.ylim(-1, 5.5)

눈으로 확인할 것 / Check by eye:
직접 실행해 그래프가 x <= 0 에서 0 으로 평평하고 x > 0 에서 기울기 1 의 직선인지, 축 범위 덕분에 꺾이는 점(0, 0)이 가운데쯤 잘 보이는지 확인하세요.
Run the file yourself: flat at 0 for x <= 0, then a straight line of slope 1, with the kink at (0, 0) well in view thanks to the axis limits.

힌트 / Hints: grade hint p038b

채점 / Grade: grade p038b
"""
import matplotlib.pyplot as plt
import numpy as np


def Relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) element by element."""
    raise NotImplementedError


def plot_relu(x: np.ndarray) -> None:
    """Draw y = Relu(x) against x with plt.plot, title "Relu function", x axis -6..6, y axis -1..5.5.

    Draw only: plt.show() is called below, when you run this file yourself.
    """
    raise NotImplementedError


if __name__ == "__main__":
    plot_relu(np.arange(-5, 5, 0.1))
    plt.show()
