import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

X = [0.05, 0.01, 0.02, 0.02, 0.1, 0.2, 0.3, 0.4, 0.05, 0.04]
_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("가장 큰 값 자체를 돌려줍니다. 값이 아니라 위치(인덱스), np.argmax(x) 입니다.",
                 "It returns the largest value itself. The position (index) is asked: np.argmax(x)."),
            when=lambda args, actual: actual == max(args[0]) and actual != int(np.argmax(args[0]))),
    Mistake(text("인덱스는 0부터 셉니다: 1을 더하지 마세요.", "Indices count from 0: do not add 1."),
            when=lambda args, actual: actual == int(np.argmax(args[0])) + 1),
)

PROBLEM = Problem(
    id="p080", chapter="ch03", slug="argmax_index",
    title=text("가장 큰 원소의 인덱스", "The index of the largest element"),
    statement=text("아래의 10개의 원소를 갖는 x라는 리스트를 만들고 x리스트에 가장 큰 원소가 몇번째 인덱스인지 알아내시오",
                   "Make the 10-element list x and find the index of its largest element."),
    given=f"x = {X}",
    example=">>> index_of_max(x)\n7",
    names=("index_of_max",),
    stub='''
import numpy as np


def index_of_max(x: list) -> int:
    """Return the index (counting from 0) of the largest element of x."""
    raise NotImplementedError
''',
    checks=(
        Example("index_of_max", (X,), 7, mistakes=_MISTAKES),
        Holds("index_of_max", [st.lists(st.integers(0, 99).map(lambda n: n / 100), min_size=1, max_size=10, unique=True)],
              lambda args, actual: expect_equal(actual, int(np.argmax(args[0]))),
              title=text("다른 리스트에서도", "other lists too"), mistakes=_MISTAKES),
    ),
    hints=(text("np.argmax(x) 는 가장 큰 원소의 위치를 돌려줍니다.", "np.argmax(x) gives the position of the largest element."),),
)
