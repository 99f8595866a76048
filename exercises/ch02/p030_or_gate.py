"""p030 · OR 게이트 (OR gate)

[문제]
문제 29번 코드를 가지고 좀 수정해서 OR 게이트 함수를 생성해서 아래와 같이 출력하시오 (출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요)

[Problem]
Modify the code of problem 29 to create an OR gate function and print as shown (return the rows (x1, x2, y) you print, as a list).

주어진 것 / Given:
    inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])

예시 / Example:
    >>> or_rows(inputData)
    [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
    ----- OR 퍼셉트론 -----
    [0 0] ==> 0
    [0 1] ==> 1
    [1 0] ==> 1
    [1 1] ==> 1

힌트 / Hints: grade hint p030

채점 / Grade: grade p030
"""
import numpy as np


def OR(x1: int, x2: int) -> int:
    """x1 OR x2 as a perceptron (weights and a threshold, like AND): return the int 1 or 0."""
    raise NotImplementedError


def or_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, OR(x1, x2))."""
    raise NotImplementedError
