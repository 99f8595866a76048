import numpy as np
from hypothesis import strategies as st

from grader.checks import Custom, Example, Fail, expect_equal, for_all, text
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

VALUES = [0.1, 0.8, 0.1, 0.3, 0.1, 0.6, 0.2, 0.5, 0.3, 0.8, 0.1, 0.1]
_MISTAKES = (
    RETURNS_NONE,
)


@st.composite
def _values_and_rows(draw: st.DrawFn) -> tuple[list, int]:
    rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    return draw(st.lists(st.integers(0, 9).map(lambda n: n / 10), min_size=rows * cols, max_size=rows * cols)), rows


def _other_shapes(ctx) -> None:
    def body(drawn: tuple[list, int]) -> None:
        ctx.changed_inputs.clear()
        actual = ctx.call("make_matrix", *drawn)
        try:
            expect_equal(actual, np.array(drawn[0]).reshape(drawn[1], -1))
        except Fail as error:
            error.input = drawn
            error.hint = error.hint or next((m.says for m in _MISTAKES if m.matches(drawn, actual)), None)
            raise
        ctx.refuse_changed_inputs()

    for_all(ctx, [_values_and_rows()], body)


PROBLEM = Problem(
    id="p092", chapter="ch03", slug="make_matrix",
    title=text("값들로 행렬 만들기", "A matrix from its values"),
    statement=text("아래의 행렬을 numpy 배열로 만드시오", "Make the matrix below as a NumPy array."),
    given="[[0.1 0.8 0.1]\n [0.3 0.1 0.6]\n [0.2 0.5 0.3]\n [0.8 0.1 0.1]]",
    example=">>> make_matrix([0.1, 0.8, 0.1, 0.3, 0.1, 0.6, 0.2, 0.5, 0.3, 0.8, 0.1, 0.1], 4)\n"
            "array([[0.1, 0.8, 0.1],\n       [0.3, 0.1, 0.6],\n       [0.2, 0.5, 0.3],\n       [0.8, 0.1, 0.1]])",
    names=("make_matrix",),
    stub='''
import numpy as np


def make_matrix(values: list, n_rows: int) -> np.ndarray:
    """Return the values, read row by row, as a NumPy matrix with n_rows rows."""
    raise NotImplementedError
''',
    checks=(
        Example("make_matrix", (VALUES, 4), np.array([[0.1, 0.8, 0.1], [0.3, 0.1, 0.6], [0.2, 0.5, 0.3], [0.8, 0.1, 0.1]]),
                mistakes=_MISTAKES),
        Custom(_other_shapes, title=text("다른 크기의 행렬", "matrices of other sizes")),
    ),
    hints=(text("np.array(values).reshape(n_rows, -1): -1 은 남은 크기(열의 수)를 알아서 계산합니다.",
                "np.array(values).reshape(n_rows, -1): -1 lets NumPy work out the remaining size (the columns)."),),
)
