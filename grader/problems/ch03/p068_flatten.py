import numpy as np

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, nested_lists
from grader.problems.forward import NOTES_PREDICTIONS, NOTES_PREDICTIONS_GIVEN
from grader.spec import Problem

_MISTAKES = (
    RETURNS_NONE,
    Mistake(text("아직 2차원 (행 1개) 입니다. reshape(1, -1) 대신 flatten() 이나 reshape(-1) 을 쓰세요.",
                 "Still 2-D (one row). Use flatten() or reshape(-1) instead of reshape(1, -1)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == (1, np.size(args[0]))),
    Mistake(text("열 순서로 펼쳤습니다 (order='F' 나 .T). 행을 차례로 이어 붙이세요: flatten().",
                 "Flattened column by column (order='F' or .T). Join the rows one after another: flatten()."),
            like=lambda x: np.array(x).flatten(order="F")),
)

PROBLEM = Problem(
    id="p068", chapter="ch03", slug="flatten",
    title=text("1차원으로 펼치기", "Flatten to 1-D"),
    statement=text("위의 결과를 1차원으로 변경하시오", "Change the result above into a 1-D array."),
    given=NOTES_PREDICTIONS_GIVEN,
    example=">>> a = flatten(x)\n>>> a.ndim, a.shape\n(1, (90,))",
    names=("flatten",),
    stub='''
import numpy as np


def flatten(x: list) -> np.ndarray:
    """Return np.array(x) as a 1-D array: the rows joined one after another."""
    raise NotImplementedError
''',
    checks=(
        Example("flatten", (NOTES_PREDICTIONS,), np.array(NOTES_PREDICTIONS).flatten(), mistakes=_MISTAKES),
        Holds("flatten", [nested_lists(min_dims=2)], lambda args, actual: expect_equal(actual, np.array(args[0]).flatten()),
              title=text("다른 크기의 2차원, 3차원 리스트", "2-D and 3-D lists of other sizes"), mistakes=_MISTAKES),
    ),
    hints=(text("np.array(x).flatten() (또는 reshape(-1)). 결과의 ndim은 1 입니다.",
                "np.array(x).flatten() (or reshape(-1)). The result's ndim is 1."),),
)
