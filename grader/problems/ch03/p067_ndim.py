import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, nested_lists
from grader.problems.forward import NOTES_PREDICTIONS, NOTES_PREDICTIONS_GIVEN
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("형상(shape)을 돌려줍니다. 차원 수는 형상에 든 숫자의 개수, a.ndim 입니다.",
                 "It returns the shape. The number of dimensions is how many numbers the shape has: a.ndim."),
            when=lambda args, actual: isinstance(actual, (tuple, list)) and tuple(actual) == np.shape(args[0])),
    Mistake(text("len(x)는 첫 번째 축의 길이(행의 수)입니다. 차원 수는 np.array(x).ndim 입니다.",
                 "len(x) is the length of the first axis (the number of rows). The number of dimensions is np.array(x).ndim."),
            when=lambda args, actual: actual == len(args[0]) and len(args[0]) != np.ndim(args[0])),
)

PROBLEM = Problem(
    id="p067", chapter="ch03", slug="ndim",
    title=text("배열의 차원 수", "The number of dimensions"),
    statement=text("위의 결과의 차원을 확인하시오", "Check the number of dimensions of the result above."),
    given=NOTES_PREDICTIONS_GIVEN,
    example=">>> ndim_of(x)\n2",
    names=("ndim_of",),
    stub='''
import numpy as np


def ndim_of(x: list) -> int:
    """Return the number of dimensions of np.array(x)."""
    raise NotImplementedError
''',
    checks=(
        Example("ndim_of", (NOTES_PREDICTIONS,), 2, mistakes=_MISTAKES),
        Holds("ndim_of", [nested_lists()], lambda args, actual: expect_equal(actual, np.ndim(args[0])),
              title=text("1차원에서 3차원까지의 리스트", "lists of 1 to 3 dimensions"), mistakes=_MISTAKES),
    ),
    hints=(text("a = np.array(x) 로 바꾼 뒤 a.ndim.", "Convert with a = np.array(x), then a.ndim."),),
)
