from grader.checks import text
from grader.problems.perceptron import gate_rows_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p030", chapter="ch02", slug="or_gate",
    title=text("OR 게이트", "OR gate"),
    statement=text("문제 29번 코드를 가지고 좀 수정해서 OR 게이트 함수를 생성해서 아래와 같이 출력하시오 "
                   "(출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요)",
                   "Modify the code of problem 29 to create an OR gate function and print as shown "
                   "(return the rows (x1, x2, y) you print, as a list)."),
    given="inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])",
    example=""">>> or_rows(inputData)
[(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
----- OR 퍼셉트론 -----
[0 0] ==> 0
[0 1] ==> 1
[1 0] ==> 1
[1 1] ==> 1""",
    names=("OR", "or_rows"),
    stub='''
import numpy as np


def OR(x1: int, x2: int) -> int:
    """x1 OR x2 as a perceptron (weights and a threshold, like AND): return the int 1 or 0."""
    raise NotImplementedError


def or_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, OR(x1, x2))."""
    raise NotImplementedError
''',
    checks=gate_rows_checks("OR", "or_rows"),
    hints=(text("AND 와 같은 가중치 (0.5, 0.5) 에 더 낮은 임계값: 입력 하나만 1이어도 합이 임계값을 넘게 하세요 (예: 0.4 또는 편향 -0.2).",
                "AND's weights (0.5, 0.5) with a lower threshold, so that one input of 1 is enough (e.g. 0.4, or bias -0.2)."),),
)
