from grader.checks import text
from grader.problems.perceptron import gate_truth_table
from grader.spec import Problem

PROBLEM = Problem(
    id="p028", chapter="ch02", slug="and_gate",
    title=text("AND 게이트", "AND gate"),
    statement=text("AND 게이트를 파이썬으로 구현하시오.", "Implement the AND gate in Python."),
    given="진리표 / truth table (x1, x2 -> y): (0,0)->0, (1,0)->0, (0,1)->0, (1,1)->1",
    example=">>> AND(1, 1)\n1\n>>> AND(1, 0)\n0",
    names=("AND",),
    stub='''
import numpy as np


def AND(x1: int, x2: int) -> int:
    """x1 AND x2 as a perceptron: return the int 1 or 0."""
    raise NotImplementedError
''',
    checks=(gate_truth_table("AND"),),
    hints=(text("가중치 w1 = w2 = 0.5, 편향 b = -0.7 이면 두 입력이 모두 1일 때만 합이 0을 넘습니다.",
                "With w1 = w2 = 0.5 and bias b = -0.7 the sum is above 0 only when both inputs are 1."),),
)
