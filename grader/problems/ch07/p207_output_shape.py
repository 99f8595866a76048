import numbers

import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, text
from grader.compare import Fail, expect_equal
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem, Text

A = np.array([[[[2, 2, 1, 1, 0], [0, 0, 1, 0, 0], [0, 2, 0, 0, 1], [1, 2, 1, 1, 2], [1, 0, 1, 0, 1]],
               [[2, 0, 0, 0, 1], [0, 2, 2, 0, 1], [0, 0, 0, 0, 2], [0, 1, 2, 0, 1], [2, 0, 2, 2, 2]],
               [[1, 1, 0, 1, 1], [0, 1, 0, 1, 2], [0, 2, 2, 0, 0], [0, 2, 0, 0, 1], [1, 1, 2, 1, 1]]]])
FILTER = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0], [-1, -1, 0, 0, -1, 1, 0, -1, 0], [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)


def _out(data: np.ndarray, filt: np.ndarray, s: int, p: int) -> tuple[int, int]:
    (h, w), (fh, fw) = data.shape[-2:], filt.shape[-2:]
    return (h + 2 * p - fh) // s + 1, (w + 2 * p - fw) // s + 1


@st.composite
def _case(draw) -> tuple:
    """Zero arrays of a (N, C, H, W) or (C, H, W) input, a (C, FH, FW) or (FN, C, FH, FW) filter, S and P."""
    c, h, w, p, s = (draw(st.integers(1, 3)), draw(st.integers(1, 9)), draw(st.integers(1, 9)), draw(st.integers(0, 2)),
                     draw(st.integers(1, 3)))
    fh, fw = draw(st.integers(1, min(5, h + 2 * p))), draw(st.integers(1, min(5, w + 2 * p)))
    data = np.zeros((draw(st.integers(1, 4)), c, h, w) if draw(st.booleans()) else (c, h, w))
    filt = np.zeros((draw(st.integers(1, 4)), c, fh, fw) if draw(st.booleans()) else (c, fh, fw))
    return data, filt, s, p


CASE = st.shared(_case(), key="p207")


def _sizes(args: tuple, actual: object) -> Text | None:
    if not (isinstance(actual, (tuple, list)) and len(actual) == 2):
        raise Fail("type", text("(OH, OW) 두 수의 튜플을 돌려주세요.", "Return a tuple of two numbers (OH, OW)."), actual=actual)
    if not all(isinstance(v, numbers.Integral) for v in actual):
        raise Fail("type", text("크기는 정수입니다: / 대신 // 로 나누세요 (np.zeros((7.0, 7.0)) 은 오류입니다).",
                                "Sizes are whole numbers: divide with // instead of / (np.zeros((7.0, 7.0)) is an error)."),
                   actual=actual, expected=_out(*args))
    expect_equal(tuple(int(v) for v in actual), _out(*args), what="(OH, OW)")
    return None


def _like_notes(d: np.ndarray, f: np.ndarray, s: int, p: int) -> tuple:
    return (len(d) + 2 * p - len(f) / s) + 1


def _is_notes_answer(value: object, args: tuple) -> bool:
    """The notes' formula divides FH / S, so its answer is always a float (3.0 even where S = 1): a whole number that
    equals it comes from another formula, such as (len(data) + 2*P - FH) // S + 1."""
    return isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral) and bool(np.isclose(value, _like_notes(*args)))


def _first_axes(actual: object, data: np.ndarray, filt: np.ndarray, s: int, p: int) -> bool:
    """(OH, OW) from H = len(data) (the first axis) and W = len(data[0]) (the second) or the right data.shape[-1]."""
    if not (isinstance(actual, (tuple, list)) and len(actual) == 2) or np.allclose(actual, _out(data, filt, s, p)):
        return False
    fh, fw = filt.shape[-2:]
    return bool(np.isclose(actual[0], (data.shape[0] + 2 * p - fh) // s + 1)
                and any(np.isclose(actual[1], (w + 2 * p - fw) // s + 1) for w in (data.shape[1], data.shape[-1])))


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("노트의 답 (H + 2*P - FH / S) + 1 입니다: H = len(data) 는 첫 축(배치 수)이고, FH / S 가 먼저 계산됩니다. "
                 "H, W = data.shape[-2:], FH, FW = Filter.shape[-2:] 로 (H + 2*P - FH) // S + 1 을 계산하세요.",
                 "That is the notes' answer (H + 2*P - FH / S) + 1: H = len(data) is the first axis (the batch size), and "
                 "FH / S is computed first. Take H, W = data.shape[-2:], FH, FW = Filter.shape[-2:] and compute (H + 2*P - FH) // S + 1."),
            when=lambda args, actual: _is_notes_answer(actual[0] if isinstance(actual, (tuple, list)) and len(actual) else actual,
                                                       args)),
    Mistake(text("연산자 우선순위: FH / S 가 먼저 계산됩니다. (H + 2*P - FH) 를 괄호로 묶고 S 로 나누세요.",
                 "Operator precedence: FH / S is computed first. Bracket (H + 2*P - FH), then divide by S."),
            when=lambda args, actual: args[2] > 1 and isinstance(actual, (tuple, list)) and len(actual) == 2 and np.allclose(
                actual, [args[0].shape[-2] + 2 * args[3] - args[1].shape[-2] / args[2] + 1,
                         args[0].shape[-1] + 2 * args[3] - args[1].shape[-1] / args[2] + 1])),
    Mistake(text("len(data) 는 첫 번째 축의 길이입니다 (4차원이면 배치 수, 3차원이면 채널 수): 높이와 너비는 data.shape[-2:] 입니다.",
                 "len(data) is the first axis' length (the batch size in 4-D, the channels in 3-D): height and width are data.shape[-2:]."),
            when=lambda args, actual: _first_axes(actual, *args)),
)

PROBLEM = Problem(
    id="p207", chapter="ch07", slug="output_shape",
    title=text("출력 행렬의 shape 을 구하는 함수", "A function for the output's shape"),
    statement=text("아래와 같이 입력 행렬과 필터 행렬과 스트라이드와 패딩을 입력받아 출력 행렬의 shape을 출력하는 함수를 생성하시오 "
                   "(높이와 너비는 입력과 필터의 마지막 두 축입니다. 노트의 답 (H + 2*P - FH / S) + 1 은 틀렸습니다.)",
                   "Create a function that takes the input matrix, the filter matrix, the stride and the padding and outputs "
                   "the shape of the output matrix. (Height and width are the last two axes of the input and of the filter. "
                   "The notes' answer (H + 2*P - FH / S) + 1 is wrong.)"),
    given="a = np.array([[[[2, 2, 1, 1, 0], ...]]])   # (1, 3, 5, 5)\nFilter = np.array([[[1, 1, -1, ...]]]).reshape(3, 3, 3)\n"
          "# OH = (H + 2P - FH) / S + 1 ; OW = (W + 2P - FW) / S + 1",
    example=">>> output(a, Filter, 1, 2)\n(7, 7)\n>>> output(a, Filter, 2, 1)\n(3, 3)",
    names=("output",),
    stub='''
import numpy as np


def output(data: np.ndarray, Filter: np.ndarray, S: int, P: int) -> tuple:
    """(OH, OW): OH = (H + 2P - FH) // S + 1, with H, W and FH, FW the last two axes of data and Filter."""
    raise NotImplementedError
''',
    checks=(
        Example("output", (A, FILTER, 1, 2), (7, 7), mistakes=MISTAKES),
        Example("output", (A, FILTER, 2, 1), (3, 3), mistakes=MISTAKES, title=text("스트라이드 2, 패딩 1", "stride 2, padding 1")),
        Holds("output", [CASE.map(lambda c, i=i: c[i]) for i in range(4)], _sizes,
              title=text("다른 모양(3·4차원)의 입력과 필터, 스트라이드, 패딩", "other (3-D and 4-D) inputs, filters, strides and paddings"),
              mistakes=MISTAKES),
    ),
    hints=(text("출력 크기 공식 (H + 2P - FH) / S + 1 을 높이와 너비에 따로 쓰세요. H, W 는 마지막 두 축입니다.",
                "Use the output size formula (H + 2P - FH) / S + 1 for the height and the width separately; H and W are the last two axes."),
           text("H, W = data.shape[-2:]; FH, FW = Filter.shape[-2:]; return (H + 2*P - FH) // S + 1, (W + 2*P - FW) // S + 1",
                "H, W = data.shape[-2:]; FH, FW = Filter.shape[-2:]; return (H + 2*P - FH) // S + 1, (W + 2*P - FW) // S + 1")),
)
