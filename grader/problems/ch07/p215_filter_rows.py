import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.ch07.p214_transpose_filter import FILTER, FILTER_GIVEN
from grader.problems.cnn import arrays
from grader.spec import Problem


def _rows(f: np.ndarray) -> np.ndarray:
    return f.T.reshape(f.shape[-1], -1)


NO_TRANSPOSE = Mistake(text("전치하지 않고 reshape했습니다: (5, 5, 3) 을 바로 reshape(3, -1) 하면 한 행에 세 채널의 값이 섞입니다. "
                            "먼저 .T 로 채널을 앞으로 옮긴 뒤 reshape(3, -1) 하세요.",
                            "It was reshaped without the transpose: reshaping (5, 5, 3) straight to (3, -1) mixes the three channels "
                            "in every row. Move the channels first with .T, then reshape(3, -1)."),
                       like=lambda f: np.asarray(f).reshape(np.shape(f)[-1], -1))
FILTERS = st.tuples(st.integers(2, 5), st.integers(2, 5), st.integers(2, 4)).flatmap(arrays)

PROBLEM = Problem(
    id="p215", chapter="ch07", slug="filter_rows",
    title=text("필터 (3, 5, 5) 를 (3, 25) 로", "The filter (3, 5, 5) as (3, 25)"),
    statement=text("Filter (3, 5, 5) 행렬을 (3, 25) 행렬로 변경하시오 (채널이 마지막인 필터 (H, W, C) 를 받아, 전치한 뒤 "
                   "채널마다 한 행이 되도록 (C, H * W) 로 바꿔 돌려주세요.)",
                   "Change the Filter (3, 5, 5) matrix into a (3, 25) matrix. (Take a channels-last filter (H, W, C), transpose "
                   "it and return it as (C, H * W), one row per channel.)"),
    given=FILTER_GIVEN,
    example=">>> filter_rows(Filter).shape\n(3, 25)",
    names=("filter_rows",),
    stub='''
import numpy as np


def filter_rows(f: np.ndarray) -> np.ndarray:
    """(H, W, C) -> (C, H * W): f.T, then reshape with -1 so that every row is one channel."""
    raise NotImplementedError
''',
    checks=(
        Example("filter_rows", (FILTER,), _rows(FILTER), mistakes=[NO_TRANSPOSE],
                title=text("Filter (5, 5, 3): (3, 25)", "Filter (5, 5, 3): (3, 25)")),
        Holds("filter_rows", [FILTERS], lambda args, actual: expect_equal(actual, _rows(args[0]), what="filter_rows(f)"),
              mistakes=[NO_TRANSPOSE], title=text("무작위 크기의 필터 (H, W, C)", "filters (H, W, C) of generated sizes")),
    ),
    hints=(text("Filter.T.reshape(3, -1): -1 은 남은 크기 (5 * 5 = 25) 를 NumPy 가 계산하게 합니다.",
                "Filter.T.reshape(3, -1): -1 lets NumPy work out the remaining size (5 * 5 = 25)."),),
)
