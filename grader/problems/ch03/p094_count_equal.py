from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

X = [2, 1, 3, 5, 1, 4, 2, 1, 1, 0]
Y = [2, 1, 3, 4, 5, 4, 2, 1, 1, 2]
_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("다른 자리의 개수를 셌습니다. 같은 자리에 같은 숫자인 개수입니다: np.sum(x == y).",
                 "It counts the positions that differ. Count where they are the same: np.sum(x == y)."),
            when=lambda args, actual: actual == sum(a != b for a, b in zip(*args)) != sum(a == b for a, b in zip(*args))),
    Mistake(text("True/False 배열을 돌려줍니다. 그 True의 개수를 세세요: np.sum(x == y).",
                 "It returns the True/False array. Count its Trues: np.sum(x == y)."),
            when=lambda args, actual: hasattr(actual, "shape") and getattr(actual, "dtype", None) == bool),
)


PROBLEM = Problem(
    id="p094", chapter="ch03", slug="count_equal",
    title=text("같은 자리에 같은 숫자의 개수", "How many positions hold the same number"),
    statement=text("아래의 2개의 리스트를 만들고 서로 같은 자리에 같은 숫자가 몇 개가 있는지 출력하시오",
                   "Create the two lists below and print how many positions hold the same number."),
    given=f"x = {X}\ny = {Y}",
    example=">>> count_same(x, y)\n7",
    names=("count_same",),
    stub='''
import numpy as np


def count_same(x: list, y: list) -> int:
    """Return how many positions i have x[i] == y[i] (x and y have the same length)."""
    raise NotImplementedError
''',
    checks=(
        Example("count_same", (X, Y), 7, mistakes=_MISTAKES),
        Holds("count_same", [st.lists(st.integers(0, 3), min_size=10, max_size=10),
                             st.lists(st.integers(0, 3), min_size=10, max_size=10)],
              lambda args, actual: expect_equal(actual, sum(a == b for a, b in zip(*args))),
              title=text("다른 두 리스트 (길이 10)", "two other lists (length 10)"), mistakes=_MISTAKES),
    ),
    hints=(text("np.array(x) == np.array(y) 는 자리마다 True/False 이고, np.sum 은 True를 1로 셉니다.",
                "np.array(x) == np.array(y) is True/False at each position, and np.sum counts each True as 1."),),
)
