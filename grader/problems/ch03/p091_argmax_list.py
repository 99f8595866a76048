import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("최댓값 자체를 돌려줍니다 (np.max). 위치는 np.argmax 입니다.",
                 "It returns the maximum itself (np.max). The position is np.argmax."),
            when=lambda args, actual: actual == max(args[0]) and actual != int(np.argmax(args[0]))),
)

PROBLEM = Problem(
    id="p091", chapter="ch03", slug="argmax_list",
    title=text("최댓값의 인덱스", "The index of the maximum"),
    statement=text("아래의 리스트에서 최대값의 원소의 인덱스를 출력하시오", "Print the index of the maximum element of the list below."),
    given="[0, 3, 6, 9]",
    example=">>> argmax_of([0, 3, 6, 9])\n3",
    names=("argmax_of",),
    stub='''
import numpy as np


def argmax_of(x: list) -> int:
    """Return the index of the largest element of x."""
    raise NotImplementedError
''',
    checks=(
        Example("argmax_of", ([0, 3, 6, 9],), 3, mistakes=_MISTAKES),
        Holds("argmax_of", [st.lists(st.integers(-50, 50), min_size=1, max_size=8, unique=True)],
              lambda args, actual: expect_equal(actual, int(np.argmax(args[0]))),
              title=text("순서가 섞인 다른 리스트", "other lists, in any order"), mistakes=_MISTAKES),
    ),
    hints=(text("np.argmax(x)", "np.argmax(x)"),),
)
