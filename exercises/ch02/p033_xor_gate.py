"""p033 · XOR 게이트 (2층 퍼셉트론) (XOR gate (a 2-layer perceptron))

[문제]
XOR 함수를 생성하여 아래와 같이 결과가 나오도록 하시오 (OR, NAND, AND 를 조합하고, 출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요)

[Problem]
Create an XOR function (from OR, NAND and AND) so that the result is as shown (return the rows (x1, x2, y) you print, as a list).

주어진 것 / Given:
    inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])

예시 / Example:
    >>> xor_rows(inputData)
    [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
    ----- XOR 퍼셉트론 -----
    [0 0] ==> 0
    [0 1] ==> 1
    [1 0] ==> 1
    [1 1] ==> 0

힌트 / Hints: grade hint p033

채점 / Grade: grade p033
"""
import numpy as np


# AND, OR, NAND: your gates from p028, p030 and p031 (copy them here, or import them, e.g.
# `from p028_and_gate import AND`).
def AND(x1: int, x2: int) -> int:
    raise NotImplementedError


def OR(x1: int, x2: int) -> int:
    raise NotImplementedError


def NAND(x1: int, x2: int) -> int:
    raise NotImplementedError


def XOR(x1: int, x2: int) -> int:
    """No single perceptron can do XOR; two layers can: combine the gates above."""
    raise NotImplementedError


def xor_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, XOR(x1, x2))."""
    raise NotImplementedError
