import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import arrays
from grader.spec import Problem

FILTER = np.round(np.random.default_rng(217).random((10, 3, 5, 5)), 4)
FILTERS = st.tuples(st.integers(1, 4), st.integers(1, 3), st.integers(1, 4), st.integers(1, 4)).flatmap(arrays)
SWAPPED = Mistake(text("reshape(FN, -1, C) 처럼 축 순서를 바꿔 잘랐습니다: (FN, C, FH * FW) 는 reshape(FN, C, -1) 입니다.",
                       "The axes were cut in another order: (FN, C, FH * FW) is reshape(FN, C, -1)."),
                  when=lambda args, actual: np.ndim(actual) == 3 and args[0].shape[1] != args[0].shape[2] * args[0].shape[3]
                  and np.shape(actual)[1:] == (args[0].shape[2] * args[0].shape[3], args[0].shape[1]))

PROBLEM = Problem(
    id="p217", chapter="ch07", slug="filter_to_3d",
    title=text("4차원 필터를 3차원으로", "A 4-D filter into 3-D"),
    statement=text("아래의 4차원 행렬을 3차원으로 변경하시오 (필터 (FN, C, FH, FW) 를 받아 (FN, C, FH * FW) 로 바꿔 돌려주세요.)",
                   "Change the 4-D matrix below into 3-D. (Take a filter (FN, C, FH, FW) and return it as (FN, C, FH * FW).)"),
    given="(10, 3, 5, 5) → (10, 3, 25)",
    example=">>> filter_to_3d(np.random.rand(10, 3, 5, 5)).shape\n(10, 3, 25)",
    names=("filter_to_3d",),
    stub='''
import numpy as np


def filter_to_3d(f: np.ndarray) -> np.ndarray:
    """(FN, C, FH, FW) -> (FN, C, FH * FW): each channel's FH x FW filter as one row (reshape with -1)."""
    raise NotImplementedError
''',
    checks=(
        Example("filter_to_3d", (FILTER,), FILTER.reshape(10, 3, 25), title=text("(10, 3, 5, 5) → (10, 3, 25)", "(10, 3, 5, 5) → (10, 3, 25)")),
        Holds("filter_to_3d", [FILTERS], lambda args, actual: expect_equal(actual, args[0].reshape(*args[0].shape[:2], -1),
                                                                           what="filter_to_3d(f)"),
              mistakes=[SWAPPED], title=text("무작위 크기의 필터: 값은 그대로, 형상만 (FN, C, FH * FW)",
                                             "filters of generated sizes: the same values, shape (FN, C, FH * FW)")),
    ),
    hints=(text("filter2.reshape(10, 3, -1), 또는 크기에 상관없이 f.reshape(f.shape[0], f.shape[1], -1).",
                "filter2.reshape(10, 3, -1), or for any size f.reshape(f.shape[0], f.shape[1], -1)."),),
)
