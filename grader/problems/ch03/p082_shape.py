import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, nested_lists
from grader.problems.forward import NOTES_PREDICTIONS_10
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("len(x)는 행의 수만 셉니다. 형상은 축마다의 길이를 모은 튜플, np.array(x).shape 입니다.",
                 "len(x) counts only the rows. The shape is the tuple of every axis' length: np.array(x).shape."),
            when=lambda args, actual: actual == len(args[0])),
    Mistake(text("(행, 열) 순서가 뒤바뀌었습니다: shape는 (행의 수, 열의 수) 입니다.",
                 "Rows and columns are swapped: shape is (number of rows, number of columns)."),
            when=lambda args, actual: isinstance(actual, (tuple, list)) and tuple(actual) == np.shape(args[0])[::-1]),
)

PROBLEM = Problem(
    id="p082", chapter="ch03", slug="shape",
    title=text("배열의 형상(shape)", "The shape of an array"),
    statement=text("아래의 리스트를 numpy array 리스트로 변환하고 shape를 확인하시오",
                   "Convert the list below into a NumPy array and check its shape."),
    given="x = (문제 66의 9행 리스트에 마지막 행 [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0] 을 한 번 더 붙인 10행)\n"
          "x = (problem 66's 9 rows, with the last row [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0] once more: 10 rows)",
    example=">>> shape_of(x)\n(10, 10)",
    names=("shape_of",),
    stub='''
import numpy as np


def shape_of(x: list) -> tuple:
    """Return the shape of np.array(x), a tuple of ints."""
    raise NotImplementedError
''',
    checks=(
        Example("shape_of", (NOTES_PREDICTIONS_10,), (10, 10), mistakes=_MISTAKES),
        Holds("shape_of", [nested_lists(min_dims=2)], lambda args, actual: expect_equal(actual, np.shape(args[0])),
              title=text("다른 크기와 차원의 리스트", "lists of other sizes and dimensions"), mistakes=_MISTAKES),
    ),
    hints=(text("np.array(x).shape", "np.array(x).shape"),),
)
