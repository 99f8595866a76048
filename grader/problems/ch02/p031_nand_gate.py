from grader.checks import text
from grader.problems.perceptron import gate_rows_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p031", chapter="ch02", slug="nand_gate",
    title=text("NAND 게이트", "NAND gate"),
    statement=text("문제 29번 코드를 가지고 좀 수정해서 NAND 게이트 함수를 생성해서 아래와 같이 출력하시오 "
                   "(출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요)",
                   "Modify the code of problem 29 to create a NAND gate function and print as shown "
                   "(return the rows (x1, x2, y) you print, as a list)."),
    given="inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])",
    example=""">>> nand_rows(inputData)
[(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
----- NAND 퍼셉트론 -----
[0 0] ==> 1
[0 1] ==> 1
[1 0] ==> 1
[1 1] ==> 0""",
    names=("NAND", "nand_rows"),
    stub='''
import numpy as np


def NAND(x1: int, x2: int) -> int:
    """NOT (x1 AND x2) as a perceptron: return the int 1 or 0."""
    raise NotImplementedError


def nand_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, NAND(x1, x2))."""
    raise NotImplementedError
''',
    checks=gate_rows_checks("NAND", "nand_rows"),
    hints=(text("AND 의 가중치와 임계값(편향)의 부호를 모두 바꾸세요: w = (-0.5, -0.5), 임계값 -0.7.",
                "Negate all of AND's weights and its threshold (bias): w = (-0.5, -0.5), threshold -0.7."),),
)
