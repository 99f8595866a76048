import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_lists
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

PROBLEM = Problem(
    id="p001", chapter="ch01", slug="make_array",
    title=text("NumPy 로 행렬 만들기", "Make a matrix with NumPy"),
    statement=text("아래의 행렬을 numpy로 만드시오. (행의 리스트 rows 를 받아 NumPy 배열을 돌려주는 함수로 만드세요.)",
                   "Create the given 2x2 matrix [[1,2],[3,4]] with NumPy. (Write a function: it takes the list of "
                   "rows and returns a NumPy array.)"),
    given="rows = [[1, 2], [3, 4]]   # 1 2 / 3 4",
    example=">>> to_array([[1, 2], [3, 4]])\narray([[1, 2],\n       [3, 4]])",
    names=("to_array",),
    stub='''
import numpy as np


def to_array(rows: list[list[int]]) -> np.ndarray:
    """Return the matrix whose rows are `rows` as a NumPy array (integers stay integers)."""
    raise NotImplementedError
''',
    checks=(
        Example("to_array", ([[1, 2], [3, 4]],), np.array([[1, 2], [3, 4]]), mistakes=(RETURNS_NONE,)),
        Holds("to_array", [int_lists("p001")],
              lambda args, actual: expect_equal(actual, np.array(args[0], dtype=np.int64), dtype="kind"),
              title=text("다른 크기의 행렬에서도 같은 값·같은 형상", "other matrices: same values, same shape"),
              mistakes=(Mistake(text("행렬이 아니라 행 하나(1차원)로 펼쳤습니다. np.array(rows) 는 형상을 그대로 지킵니다.",
                                     "It was flattened into one row (1-D). np.array(rows) keeps the shape."),
                                when=lambda args, actual: getattr(actual, "ndim", None) == 1),)),
    ),
    hints=(text("np.array 에 리스트의 리스트를 주면 각 안쪽 리스트가 한 행이 됩니다.",
                "Give np.array a list of lists: each inner list becomes one row."),),
)
