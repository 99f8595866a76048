from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.basics import int_lists
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

LIST_FILTER_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("행마다 따로 리스트를 만들었습니다. 결과는 하나의 평평한 리스트입니다 (행 순서대로).",
                 "It made one list per row. The result is one flat list (in row order)."),
            like=lambda m: [[v for v in row if v >= 15] for row in m]),
    Mistake(text("15 가 빠졌습니다: '15 이상'은 >= 15 입니다.", "15 itself is missing: 'at least 15' is >= 15."),
            like=lambda m: [v for row in m for v in row if v > 15]),
)

PROBLEM = Problem(
    id="p007", chapter="ch01", slug="at_least_15_lists",
    title=text("NumPy 없이: 15 이상인 요소만 고르기", "Without NumPy: the elements of at least 15"),
    statement=text("위의 문제를 numpy 를 이용하지 말고 구현하시오. (리스트의 리스트 m 에서 15 이상인 요소를 행 순서대로 "
                   "파이썬 리스트로 돌려주세요.)",
                   "Solve the previous problem (elements >= 15) without NumPy, using plain Python lists. (Return the "
                   "elements of m that are >= 15, row by row, as a Python list.)"),
    given="m = [[51, 55], [14, 19], [0, 4]]",
    example=">>> at_least_15_list([[51, 55], [14, 19], [0, 4]])\n[51, 55, 19]",
    names=("at_least_15_list",),
    stub='''
def at_least_15_list(m: list[list[int]]) -> list[int]:
    """Return the elements of m (a list of rows) that are >= 15, row by row, as one flat list. No NumPy."""
    raise NotImplementedError
''',
    checks=(
        Example("at_least_15_list", ([[51, 55], [14, 19], [0, 4]],), [51, 55, 19], mistakes=LIST_FILTER_MISTAKES),
        Example("at_least_15_list", ([[15, 3], [20, 15]],), [15, 20, 15], mistakes=LIST_FILTER_MISTAKES,
                title=text("경계값 15 도 포함", "the boundary 15 is included")),
        Holds("at_least_15_list", [int_lists("p007")],
              lambda args, actual: expect_equal(actual, [v for row in args[0] for v in row if v >= 15], what="result"),
              title=text("다른 크기의 리스트에서도", "list matrices of other sizes"),
              mistakes=LIST_FILTER_MISTAKES),
    ),
    hints=(text("이중 for 문으로 행을, 그 안에서 요소를 돌며 조건을 만족하면 append 하세요.",
                "Loop over the rows, and inside over each row's elements; append those that pass."),),
)
