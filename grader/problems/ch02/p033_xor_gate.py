from grader.checks import text
from grader.problems.perceptron import gate_rows_checks, gate_truth_table
from grader.spec import Problem

PROBLEM = Problem(
    id="p033", chapter="ch02", slug="xor_gate",
    title=text("XOR 게이트 (2층 퍼셉트론)", "XOR gate (a 2-layer perceptron)"),
    statement=text("XOR 함수를 생성하여 아래와 같이 결과가 나오도록 하시오 (OR, NAND, AND 를 조합하고, 출력할 행 (x1, x2, y) 들을 "
                   "리스트로 돌려주세요)",
                   "Create an XOR function (from OR, NAND and AND) so that the result is as shown "
                   "(return the rows (x1, x2, y) you print, as a list)."),
    given="inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])",
    example=""">>> xor_rows(inputData)
[(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
----- XOR 퍼셉트론 -----
[0 0] ==> 0
[0 1] ==> 1
[1 0] ==> 1
[1 1] ==> 0""",
    names=("AND", "OR", "NAND", "XOR", "xor_rows"),
    stub='''
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
''',
    checks=(gate_truth_table("AND"), gate_truth_table("OR"), gate_truth_table("NAND"), *gate_rows_checks("XOR", "xor_rows")),
    hints=(text("표를 보세요: A = OR(x1, x2), B = NAND(x1, x2) 일 때 XOR = AND(A, B).",
                "Look at the table: with A = OR(x1, x2) and B = NAND(x1, x2), XOR = AND(A, B)."),),
)
