import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.convolution import CHANNELS_LAST, FILTER, FILTER_ROWS, int_arrays, same_values
from grader.spec import Problem

FLAT = st.tuples(st.integers(1, 4), st.integers(1, 3)).flatmap(lambda ck: int_arrays((1, ck[0], ck[1] ** 2)))


def _filter(flat: np.ndarray) -> np.ndarray:
    k = int(round(np.sqrt(flat.shape[-1])))
    return flat.reshape(flat.shape[1], k, k)


def _channels_last(flat: np.ndarray) -> list[np.ndarray]:
    """(k, k, C), as a learner who puts the channels last makes it: the same numbers reshaped, or each channel moved last."""
    filt = _filter(flat)
    return [flat.reshape(filt.shape[1:] + filt.shape[:1]), np.moveaxis(filt, 0, -1)]


MISTAKES = (
    RETURNS_NONE,
    Mistake(CHANNELS_LAST, when=lambda args, actual: not same_values(actual, _filter(args[0]))
            and any(same_values(actual, wrong) for wrong in _channels_last(args[0]))),
    Mistake(text("각 채널을 열 순서로 채웠습니다 (order='F' 또는 전치): 펼친 9 개는 행 순서 (1행의 3개, 2행의 3개, ...) 입니다.",
                 "Each channel was filled column by column (order='F' or a transpose): the 9 numbers are listed row by row."),
            when=lambda args, actual: same_values(actual, np.swapaxes(_filter(args[0]), 1, 2))),
)
FIXED = (("cannot reshape", text("(3, 3, 3) 으로 고정했습니다: 채널 수는 flat.shape[1], 한 변은 int(np.sqrt(flat.shape[2])) 입니다.",
                                 "The shape is fixed as (3, 3, 3): the channels are flat.shape[1], a side is int(np.sqrt(flat.shape[2])).")),)

PROBLEM = Problem(
    id="p193", chapter="ch07", slug="reshape_filter",
    title=text("Filter 를 (3, 3, 3) 로", "Filter as (3, 3, 3)"),
    statement=text("위의 행렬을 (3,3,3) 행렬로 변환하시오 (채널마다 한 줄로 펼친 (1, C, k*k) 필터를 받아 (C, k, k) 로 바꿔 "
                   "돌려주는 함수로 만드세요.)",
                   "Reshape the matrix above into a (3, 3, 3) matrix. (Write a function: it takes a (1, C, k*k) filter, "
                   "one flattened row per channel, and returns it as (C, k, k).)"),
    given="Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],\n                    [-1, -1, 0, 0, -1, 1, 0, -1, 0],\n"
          "                    [-1, 1, 1, -1, 1, -1, 0, 0, -1]]])   # (1, 3, 9)",
    example=">>> to_filter(Filter)\narray([[[ 1,  1, -1],\n        [-1,  0,  0],\n        [ 1,  1,  0]],\n\n"
            "       [[-1, -1,  0],\n        [ 0, -1,  1],\n        [ 0, -1,  0]],\n\n"
            "       [[-1,  1,  1],\n        [-1,  1, -1],\n        [ 0,  0, -1]]])",
    names=("to_filter",),
    stub='''
import numpy as np


def to_filter(flat: np.ndarray) -> np.ndarray:
    """A (1, C, k*k) filter (each channel flattened row by row) as a (C, k, k) array."""
    raise NotImplementedError
''',
    checks=(
        Example("to_filter", (np.array([FILTER_ROWS]),), FILTER, mistakes=MISTAKES),
        explain_errors(Holds("to_filter", [FLAT], lambda args, actual: expect_equal(actual, _filter(args[0]), what="(C, k, k)"),
                             title=text("다른 채널 수와 크기의 필터", "filters of other channel counts and sizes"),
                             mistakes=MISTAKES), FIXED),
    ),
    hints=(text("C = flat.shape[1], k = int(np.sqrt(flat.shape[2])) 로 flat.reshape(C, k, k).",
                "With C = flat.shape[1] and k = int(np.sqrt(flat.shape[2])): flat.reshape(C, k, k)."),),
)
