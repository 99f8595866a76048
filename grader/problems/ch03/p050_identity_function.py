import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("dtype이 바뀌었습니다: 항등함수는 입력을 아무것도 바꾸지 않고 그대로 돌려줍니다 (x * 1.0 은 정수를 실수로 바꿉니다).",
                 "The dtype changed: the identity function hands its input back untouched (x * 1.0 turns integers into floats)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.dtype != np.asarray(args[0]).dtype
            and actual.shape == np.shape(args[0]) and np.array_equal(actual, args[0])),
)


def _unchanged(args: tuple, actual: object) -> None:
    """The values first (a wrong array is told so), then the exact dtype (the same numbers as floats)."""
    expect_equal(actual, args[0], dtype=None)
    expect_equal(actual, args[0], dtype="exact")

PROBLEM = Problem(
    id="p050", chapter="ch03", slug="identity_function",
    title=text("항등함수", "The identity function"),
    statement=text("입력값을 받아 그대로 출력하는 항등함수를 identity_function 이라는 이름으로 생성하시오",
                   "Create an identity function named identity_function that returns its input unchanged."),
    example=">>> identity_function(np.array([3.99985815, 5.9997286]))\narray([3.99985815, 5.9997286 ])",
    names=("identity_function",),
    stub='''
import numpy as np


def identity_function(x: np.ndarray) -> np.ndarray:
    """Return x unchanged: the output layer of a regression network."""
    raise NotImplementedError
''',
    checks=(
        Example("identity_function", (np.array([3.99985815, 5.9997286]),), np.array([3.99985815, 5.9997286]),
                mistakes=_MISTAKES),
        Holds("identity_function",
              [hnp.arrays(st.sampled_from([np.int64, np.float64]), hnp.array_shapes(min_dims=1, max_dims=3, max_side=4),
                          elements=st.integers(-100, 100))],
              _unchanged,
              title=text("어떤 모양과 dtype의 배열도 그대로", "any shape and dtype comes back unchanged"), mistakes=_MISTAKES),
    ),
    hints=(text("함수 본문은 한 줄, return x 입니다.", "The body is one line: return x."),),
)
