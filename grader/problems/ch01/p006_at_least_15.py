import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_matrices
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

FILTER_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("15 가 빠졌습니다: '15 이상'은 >= 15 입니다 (> 15 는 '15 초과').",
                 "15 itself is missing: 'at least 15' is >= 15 (> 15 means 'more than 15')."),
            like=lambda a: a[a > 15]),
    Mistake(text("조건의 참/거짓 배열(마스크)을 돌려주었습니다. 그 마스크로 a 를 골라내세요: a[a >= 15].",
                 "That is the True/False mask of the condition. Use it to pick from a: a[a >= 15]."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.dtype == bool),
)

PROBLEM = Problem(
    id="p006", chapter="ch01", slug="at_least_15",
    title=text("15 이상인 요소만 고르기", "Pick the elements of at least 15"),
    statement=text("아래의 행렬식을 numpy 로 구현하고 아래의 요소에서 15 이상인 것만 출력하시오. "
                   "(15 이상인 요소를 행 순서대로 담은 1차원 NumPy 배열을 돌려주세요.)",
                   "Create the given matrix in NumPy and print only the elements that are 15 or larger. "
                   "(Return them, row by row, as a 1-D NumPy array.)"),
    given="a = np.array([[51, 55], [14, 19], [0, 4]])",
    example=">>> at_least_15(np.array([[51, 55], [14, 19], [0, 4]]))\narray([51, 55, 19])",
    names=("at_least_15",),
    stub='''
import numpy as np


def at_least_15(a: np.ndarray) -> np.ndarray:
    """Return the elements of a that are >= 15, row by row, as a 1-D NumPy array."""
    raise NotImplementedError
''',
    checks=(
        Example("at_least_15", (np.array([[51, 55], [14, 19], [0, 4]]),), np.array([51, 55, 19]), mistakes=FILTER_MISTAKES),
        Example("at_least_15", (np.array([[15, 3], [20, 15]]),), np.array([15, 20, 15]), mistakes=FILTER_MISTAKES,
                title=text("경계값 15 도 포함", "the boundary 15 is included")),
        Holds("at_least_15", [int_matrices("p006")],
              lambda args, actual: expect_equal(actual, np.array([v for row in args[0] for v in row if v >= 15], dtype=np.int64),
                                                what="a[a >= 15]"),
              title=text("다른 행렬에서도", "other matrices"), mistakes=FILTER_MISTAKES),
    ),
    hints=(text("a >= 15 는 같은 형상의 True/False 배열입니다. a[조건] 은 True 인 자리의 요소만 1차원으로 모읍니다.",
                "a >= 15 is a True/False array of a's shape. a[condition] gathers the elements where it is True, in 1-D."),),
)
