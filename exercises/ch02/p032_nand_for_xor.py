"""p032 · NAND 게이트 (XOR 준비) (NAND gate (getting ready for XOR))

[문제]
문제 29번 코드를 가지고 좀 수정해서 NAND 게이트 함수를 생성해서 아래와 같이 출력하시오 (출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요) — 31번과 같은 문제입니다: XOR 게이트의 첫 재료로 NAND 를 다시 만듭니다.

[Problem]
Modify the code of problem 29 to create a NAND gate function and print as shown (return the rows (x1, x2, y) you print, as a list). This repeats problem 31: NAND again, as the first building block of XOR.

주어진 것 / Given:
    inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])

예시 / Example:
    >>> nand_rows(inputData)
    [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
    ----- NAND 퍼셉트론 -----
    [0 0] ==> 1
    [0 1] ==> 1
    [1 0] ==> 1
    [1 1] ==> 0

힌트 / Hints: grade hint p032

채점 / Grade: grade p032
"""
import numpy as np


def NAND(x1: int, x2: int) -> int:
    """NOT (x1 AND x2) as a perceptron: return the int 1 or 0."""
    raise NotImplementedError


def nand_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, NAND(x1, x2))."""
    raise NotImplementedError
