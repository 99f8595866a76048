"""p176 · 모든 3 x 3 창의 합 (The sum of every 3 x 3 window)

[문제]
아래의 4 x 4 행렬에서 아래의 결과를 출력하시오 (행렬과 창의 크기 size 를 받아, 한 칸씩 옮겨 가며 모든 size x size 창의 합을 왼쪽→오른쪽, 위→아래 순서의 리스트로 돌려주는 함수로 만드세요.)

[Problem]
From the 4 x 4 matrix below output the result shown (sums of all 3 x 3 windows). (Write a function: it takes the matrix and a window size, and returns the sums of every size x size window, moving one step at a time, as a list: left to right, then top to bottom.)

주어진 것 / Given:
    A = np.array([[1, 2, 3, 0],
                  [0, 1, 2, 3],
                  [3, 0, 1, 2],
                  [2, 3, 0, 1]])

예시 / Example:
    >>> window_sums(A, 3)
    [13, 14, 12, 13]

힌트 / Hints: grade hint p176

채점 / Grade: grade p176
"""
import numpy as np


def window_sums(a: np.ndarray, size: int) -> list:
    """Slide a size x size window over a, one step at a time; the list of each window's sum, row by row."""
    raise NotImplementedError
