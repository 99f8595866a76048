"""p029 · AND 게이트를 모든 입력에 (The AND gate on every input row)

[문제]
위에서 만든 AND 퍼셉트론 함수를 이용해서 아래의 inputdata를 이용해서 출력 결과를 for loop 문으로 한번에 출력하시오 (출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요)

[Problem]
Using the AND perceptron above, print the outputs for all rows of inputData with a for loop (return the rows (x1, x2, y) you print, as a list).

주어진 것 / Given:
    inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])

예시 / Example:
    >>> rows = and_rows(inputData)
    >>> rows
    [(0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)]
    >>> print("----- AND 퍼셉트론 -----")
    >>> for x1, x2, y in rows:
    ...     print(f"[{x1} {x2}] ==> {y}")
    ----- AND 퍼셉트론 -----
    [0 0] ==> 0
    [0 1] ==> 0
    [1 0] ==> 0
    [1 1] ==> 1

힌트 / Hints: grade hint p029

채점 / Grade: grade p029
"""
import numpy as np


# AND: your gate from p028 (copy it here, or `from p028_and_gate import AND`: files of one chapter folder can
# import each other).
def AND(x1: int, x2: int) -> int:
    """x1 AND x2 as a perceptron: return the int 1 or 0."""
    raise NotImplementedError


def and_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, AND(x1, x2))."""
    raise NotImplementedError
