"""p191 · data 의 Red 행렬 출력과 시각화 (The red matrix of data, printed and shown)

[문제]
위의 data 행렬에서 Red 행렬만 출력하고 시각화도 하시오 (채널이 맨 앞인 data 를 받아 Red 행렬을 plt.imshow 로 보여 주고 돌려주는 함수로 만드세요.)

[Problem]
Print only the red matrix of the data matrix above and also visualize it. (Write a function: it takes the channels-first data, shows its red matrix with plt.imshow and returns it.)

주어진 것 / Given:
    data = np.array([[[2, 2, 1, 1, 0],
                      [0, 0, 1, 0, 0],
                      [0, 2, 0, 0, 1],
                      [1, 2, 1, 1, 1],
                      [1, 0, 1, 0, 1]],
                     [[2, 0, 0, 0, 1],
                      [0, 2, 2, 0, 1],
                      [0, 0, 0, 0, 2],
                      [0, 1, 2, 0, 1],
                      [2, 0, 2, 2, 2]],
                     [[4, 2, 1, 2, 2],
                      [0, 1, 0, 4, 2],
                      [3, 0, 6, 2, 2],
                      [4, 2, 4, 5, 2],
                      [3, 4, 1, 0, 0]]])

예시 / Example:
    >>> show_red(data)
    array([[2, 2, 1, 1, 0],
           [0, 0, 1, 0, 0],
           [0, 2, 0, 0, 1],
           [1, 2, 1, 1, 1],
           [1, 0, 1, 0, 1]])

눈으로 확인할 것 / Check by eye:
그림의 밝은 칸(값 2)이 Red 행렬의 2 자리와 같은가요?
Are the bright cells (value 2) where the red matrix has its 2s?

힌트 / Hints: grade hint p191

채점 / Grade: grade p191
"""
import matplotlib.pyplot as plt
import numpy as np


def show_red(data: np.ndarray) -> np.ndarray:
    """Show the red matrix of a channels-first (3, H, W) image with plt.imshow, and return it."""
    raise NotImplementedError
