"""p196 · 작은 무늬 (1, 3, 3) 를 imshow 로 (A small (1, 3, 3) pattern with imshow)

[문제]
아래의 코드를 실행해보시오 (노트의 괄호가 맞지 않아 바로잡았습니다. 무늬의 행 리스트 rows 를 받아 a = np.array([rows]) (1, H, W) 를 만들고, 출력하고, plt.imshow(a[0, :, :]) 로 보여 준 뒤 a 를 돌려주는 함수로 만드세요.)

[Problem]
Run the code below. (The notes' brackets do not match; corrected here. Write a function: it takes the pattern's rows, builds a = np.array([rows]) of shape (1, H, W), prints it, shows plt.imshow(a[0, :, :]) and returns a.)

주어진 것 / Given:
    a = np.array([[[1, 0, 1], [0, 1, 0], [1, 0, 1]]])
    print(a)
    plt.imshow(a[0, :, :])
    plt.show()

예시 / Example:
    >>> pattern_image([[1, 0, 1], [0, 1, 0], [1, 0, 1]])
    array([[[1, 0, 1],
            [0, 1, 0],
            [1, 0, 1]]])

눈으로 확인할 것 / Check by eye:
X 무늬가 보이나요? (1 은 노랑, 0 은 보라: viridis 컬러맵.) plt.show 뒤에 () 를 붙여야 창이 뜹니다.
Do you see the X pattern? (1 is yellow, 0 purple: the viridis colour map.) plt.show needs its () to open a window.

힌트 / Hints: grade hint p196

채점 / Grade: grade p196
"""
import matplotlib.pyplot as plt
import numpy as np


def pattern_image(rows: list) -> np.ndarray:
    """a = np.array([rows]) (shape (1, H, W)); print it, show a[0, :, :] with plt.imshow, return a."""
    raise NotImplementedError
