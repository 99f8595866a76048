from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("1부터 시작했습니다. range(n)은 0부터 n-1 까지입니다.", "It starts at 1. range(n) runs from 0 to n-1."),
            like=lambda n: list(range(1, n + 1))),
)

PROBLEM = Problem(
    id="p089", chapter="ch03", slug="range_list",
    title=text("0부터 9까지의 리스트", "A list from 0 to 9"),
    statement=text("아래의 결과를 출력하시오", "Print the result shown below."),
    given="[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
    example=">>> numbers_below(10)\n[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
    names=("numbers_below",),
    stub='''
def numbers_below(n: int) -> list:
    """Return the list [0, 1, ..., n-1]."""
    raise NotImplementedError
''',
    checks=(
        Example("numbers_below", (10,), list(range(10)), mistakes=_MISTAKES),
        Holds("numbers_below", [st.integers(0, 30)], lambda args, actual: expect_equal(actual, list(range(args[0]))),
              title=text("다른 n 에서도", "other n too"), mistakes=_MISTAKES),
    ),
    hints=(text("list(range(n)): range는 리스트가 아니므로 list(...)로 감쌉니다.",
                "list(range(n)): a range is not a list, so wrap it in list(...)."),),
)
