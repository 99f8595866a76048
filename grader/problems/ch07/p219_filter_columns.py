import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import arrays
from grader.spec import Problem

B = np.round(np.random.default_rng(219).random((10, 75)), 4)
MATRICES = st.tuples(st.integers(2, 5), st.integers(2, 9)).flatmap(arrays)
RESHAPED = Mistake(text("reshape 는 전치가 아닙니다: 형상은 (75, 10) 이 되지만 값은 행 순서대로 다시 잘린 것입니다. "
                        "한 필터가 한 열이 되려면 b.T 입니다 (Convolution 의 W.reshape(FN, -1).T).",
                        "reshape is not a transpose: the shape becomes (75, 10), but the values are just cut again in row order. "
                        "For one filter per column use b.T (Convolution's W.reshape(FN, -1).T)."),
                   like=lambda b: np.asarray(b).reshape(np.shape(b)[::-1]))

PROBLEM = Problem(
    id="p219", chapter="ch07", slug="filter_columns",
    title=text("(10, 75) 를 (75, 10) 으로 전치", "Transposing (10, 75) into (75, 10)"),
    statement=text("위 코드에서 (10, 75)를 (75, 10) 으로 전치하시오 (필터마다 한 행인 2차원 행렬 b 를 받아 필터마다 한 열이 되도록 "
                   "전치해 돌려주세요.)",
                   "Transpose the (10, 75) of the code above into (75, 10). (Take the 2-D matrix b, one row per filter, and "
                   "return it transposed: one column per filter.)"),
    given="b = filter2.reshape(10, 3, -1).reshape(10, -1)   # (10, 75)",
    example=">>> filter_columns(b).shape\n(75, 10)",
    names=("filter_columns",),
    stub='''
import numpy as np


def filter_columns(b: np.ndarray) -> np.ndarray:
    """(FN, C * FH * FW) -> (C * FH * FW, FN): the transpose, one filter per column."""
    raise NotImplementedError
''',
    checks=(
        Example("filter_columns", (B,), B.T, mistakes=[RESHAPED], title=text("(10, 75) → (75, 10)", "(10, 75) → (75, 10)")),
        Holds("filter_columns", [MATRICES], lambda args, actual: expect_equal(actual, args[0].T, what="filter_columns(b)"),
              mistakes=[RESHAPED], title=text("무작위 크기: 행과 열이 바뀜", "generated sizes: rows and columns trade places")),
    ),
    hints=(text("b.T: im2col 의 (90, 75) 와 곱하려면 필터가 열이어야 합니다: (90, 75) · (75, 10) = (90, 10).",
                "b.T: to multiply with im2col's (90, 75) the filters must be columns: (90, 75) · (75, 10) = (90, 10)."),),
)
