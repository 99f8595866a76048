from grader.checks import text
from grader.problems.perceptron import gate_rows_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p029", chapter="ch02", slug="and_gate_loop",
    title=text("AND 게이트를 모든 입력에", "The AND gate on every input row"),
    statement=text("위에서 만든 AND 퍼셉트론 함수를 이용해서 아래의 inputdata를 이용해서 출력 결과를 for loop 문으로 한번에 "
                   "출력하시오 (출력할 행 (x1, x2, y) 들을 리스트로 돌려주세요)",
                   "Using the AND perceptron above, print the outputs for all rows of inputData with a for loop "
                   "(return the rows (x1, x2, y) you print, as a list)."),
    given="inputData = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])",
    example=""">>> rows = and_rows(inputData)
>>> rows
[(0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 1)]
>>> print("----- AND 퍼셉트론 -----")
>>> for x1, x2, y in rows:
...     print(f"[{x1} {x2}] ==> {y}")
----- AND 퍼셉트론 -----
[0 0] ==> 0
[0 1] ==> 0
[1 0] ==> 0
[1 1] ==> 1""",
    names=("AND", "and_rows"),
    stub='''
import numpy as np


# AND: your gate from p028 (copy it here, or `from p028_and_gate import AND`: files of one chapter folder can
# import each other).
def AND(x1: int, x2: int) -> int:
    """x1 AND x2 as a perceptron: return the int 1 or 0."""
    raise NotImplementedError


def and_rows(input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """For every row [x1, x2] of input_data, in order: the tuple (x1, x2, AND(x1, x2))."""
    raise NotImplementedError
''',
    checks=gate_rows_checks("AND", "and_rows"),
    hints=(text("for x1, x2 in input_data: 로 행마다 두 값을 꺼내고, rows.append((x1, x2, AND(x1, x2))) 하세요.",
                "for x1, x2 in input_data: unpacks each row; then rows.append((x1, x2, AND(x1, x2)))."),),
)
