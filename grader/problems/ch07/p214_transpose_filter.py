import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import arrays
from grader.spec import Problem

# The notes open the literal with four brackets and close three (a SyntaxError); their shape (5, 5, 3) is 3 levels.
_ROW = [[255, 255, 255], [255, 255, 255], [0, 0, 0], [255, 255, 255], [255, 255, 255]]
FILTER = np.array([_ROW, _ROW, [[0, 0, 0]] * 5, _ROW, _ROW], dtype=np.uint8)
FILTER_GIVEN = """Filter = np.array([[[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                   [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                   [[0,0,0],[0,0,0],[0,0,0],[0,0,0],[0,0,0]],
                   [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]],
                   [[255,255,255],[255,255,255],[0,0,0],[255,255,255],[255,255,255]]], dtype=np.uint8)
# 노트의 코드는 괄호가 [[[[ 로 열리고 ]]] 로 닫혀 SyntaxError 입니다: (5, 5, 3) 이 되는 3단계가 맞습니다.
# The notes open four brackets and close three (a SyntaxError): three levels give the shape (5, 5, 3)."""

NOT_REVERSED = Mistake(text("축을 (2, 0, 1) 로 옮겼습니다: .T 는 축의 순서를 모두 뒤집습니다 (2, 1, 0). 이 필터는 대칭이라 값이 같지만, "
                            "다른 배열에서는 행과 열이 바뀝니다 (이미지를 채널 우선으로 바꿀 때는 transpose(2, 0, 1) 이 맞습니다).",
                            "The axes were moved as (2, 0, 1): .T reverses all of them, (2, 1, 0). This filter is symmetric so the "
                            "values agree, but on other arrays rows and columns trade places (for channels-first images, "
                            "transpose(2, 0, 1) is the right one)."),
                       when=lambda args, actual: np.ndim(args[0]) == 3 and np.shape(actual) == np.shape(args[0])[2::-2] + np.shape(args[0])[1:2]
                       and np.array_equal(actual, np.transpose(args[0], (2, 0, 1))))

PROBLEM = Problem(
    id="p214", chapter="ch07", slug="transpose_filter",
    title=text("필터를 만들고 전치하기", "Making the filter and transposing it"),
    statement=text("아래의 Filter 를 생성하고 shape 를 확인하고 전치 시키시오 "
                   "(make_filter() 는 아래 Filter 를 uint8 배열로 돌려주고, transposed(f) 는 f.T 를 돌려줍니다.)",
                   "Create the Filter below, check its shape and transpose it. (make_filter() returns the Filter below as a "
                   "uint8 array; transposed(f) returns f.T.)"),
    given=FILTER_GIVEN,
    example=">>> make_filter().shape\n(5, 5, 3)\n>>> transposed(make_filter()).shape\n(3, 5, 5)",
    names=("make_filter", "transposed"),
    stub='''
import numpy as np


def make_filter() -> np.ndarray:
    """The (5, 5, 3) Filter above, dtype=np.uint8: a black cross (0) on white (255), three colour channels."""
    raise NotImplementedError


def transposed(f: np.ndarray) -> np.ndarray:
    """f transposed: the order of all axes reversed (f.T), for an array of any number of axes."""
    raise NotImplementedError
''',
    checks=(
        Example("make_filter", (), FILTER, dtype="exact", title=text("Filter: (5, 5, 3), uint8", "Filter: (5, 5, 3), uint8")),
        Example("transposed", (FILTER,), FILTER.T, dtype="exact", title=text("Filter.T: (3, 5, 5)", "Filter.T: (3, 5, 5)")),
        Holds("transposed", [st.tuples(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4)).filter(lambda s: s[0] != s[1]).flatmap(arrays)
                             | st.lists(st.integers(1, 4), min_size=1, max_size=4).map(tuple).flatmap(arrays)],
              lambda args, actual: expect_equal(actual, args[0].T, what="transposed(f)"), mistakes=[NOT_REVERSED],
              title=text("무작위 형상의 배열 (주로 3차원, 축 1~4개)", "arrays of generated shapes (mostly 3-D, 1 to 4 axes)")),
    ),
    hints=(text("Filter.shape 은 (5, 5, 3), Filter.T.shape 은 (3, 5, 5) 입니다: .T 는 축을 거꾸로 놓습니다.",
                "Filter.shape is (5, 5, 3) and Filter.T.shape is (3, 5, 5): .T puts the axes in reverse order."),),
)
