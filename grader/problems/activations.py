"""Chapter 3: activation functions, their plots, and matrix products."""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Check,
    Context,
    Custom,
    Example,
    Fail,
    Figure,
    Holds,
    Mistake,
    Table,
    expect_equal,
    for_all,
    text,
)
from grader.problems.common import explain_errors, float_arrays
from grader.problems.forward import sigmoid
from grader.spec import Text

# -- ch03: activation functions, their plots, matrix products ----------------------------------------
# Truths come from the grader's own sigmoid (above), so these checks need no reference solution.


ELEMENTWISE_NOT_DOT = text("`*` 는 요소별 곱입니다. 행렬곱(내적)은 np.dot(A, B) 또는 A @ B 로 계산합니다.",
                           "`*` multiplies element by element. The matrix product is np.dot(A, B) or A @ B.")
INNER_DIMENSIONS = text("행렬곱의 안쪽 차원이 맞지 않습니다: 앞 행렬의 열 수 = 뒤 행렬의 행 수 여야 합니다. "
                        "피연산자의 순서를 바꾸었거나 하나를 전치(.T)하지 않았나요?",
                        "The inner dimensions do not match: the columns of the left operand must equal the rows of the "
                        "right one. Did you swap the operands or transpose one of them (.T)?")
MATMUL_ERRORS = (("could not be broadcast", ELEMENTWISE_NOT_DOT), ("not aligned", INNER_DIMENSIONS),
                 ("mismatch in its core dimension", INNER_DIMENSIONS))
NP_MAX_IS_NOT_MAXIMUM = text("np.max(0, x) 는 배열 하나의 최댓값입니다 (두 번째 인자는 축). 원소별 최댓값은 np.maximum(0, x) 입니다.",
                             "np.max(0, x) is the largest element of one array (the second argument is an axis). "
                             "The element-wise maximum is np.maximum(0, x).")
ARRAY_ERRORS = (
    ("truth value of an array", text("배열에는 if x > 0: 을 쓸 수 없습니다 (원소마다 참/거짓이 다름). "
                                     "np.maximum(0, x) 처럼 원소별로 계산하세요.",
                                     "`if x > 0:` cannot judge a whole array (each element has its own answer). "
                                     "Compute element by element, e.g. np.maximum(0, x).")),
    ("only integer scalar arrays", NP_MAX_IS_NOT_MAXIMUM),  # np.max(0, array): the array taken as an axis
    ("out of bounds for array of dimension", NP_MAX_IS_NOT_MAXIMUM),  # np.max(0, -2): axis -2 of a number
)


@st.composite
def symmetric_arrays(draw: Any, bound: float = 20.0) -> np.ndarray:
    """[a, -a] for a drawn vector a: f(x) and f(-x) side by side in one call."""
    a = draw(hnp.arrays(np.float64, st.integers(1, 5), elements=st.floats(-bound, bound, allow_nan=False)))
    return np.concatenate([a, -a])


def _is_bool_array(args: tuple, actual: Any) -> bool:
    return isinstance(actual, np.ndarray) and actual.dtype.kind == "b"


STEP_MISTAKES = (
    Mistake(text("비교 결과(True/False 배열)를 그대로 돌려줍니다. .astype(int) 로 0/1 정수 배열로 바꾸세요 "
                 "(np.int 는 NumPy에서 없어졌습니다: int 를 쓰세요).",
                 "It returns the comparison itself (an array of True/False). Convert it to 0/1 integers with "
                 ".astype(int) (np.int was removed from NumPy: use int)."), when=_is_bool_array),
    Mistake(text("x = 0 에서 1을 돌려줍니다 (x >= 0). 계단 함수는 x > 0 일 때만 1, x <= 0 이면 0 입니다.",
                 "It gives 1 at x = 0 (x >= 0). The step function is 1 only for x > 0, and 0 for x <= 0."),
            like=lambda x: (np.asarray(x) >= 0).astype(int)),
)


def step_checks(name: str = "step_func") -> tuple[Check, ...]:
    """The notes' example (0 included, where > and >= differ) and every generated array: 0/1 integers, 1 iff x > 0."""
    return (
        Example(name, (np.array([-1, 0, 1]),), np.array([0, 0, 1]), mistakes=STEP_MISTAKES),
        Holds(name, [float_arrays()], lambda args, y: expect_equal(y, (args[0] > 0).astype(int)),
              title=text("무작위 배열에서 x > 0 이면 1, 아니면 0 (정수)", "on generated arrays: 1 where x > 0, else 0 (integers)"),
              mistakes=STEP_MISTAKES),
    )


def _is_one_plus_exp(x: Any, actual: Any) -> bool:
    """actual is 1 + exp(-x), inf included where exp(-x) overflows (the learner's overflow, not ours)."""
    with np.errstate(over="ignore"):
        expected = 1 + np.exp(-np.asarray(x, dtype=float))
    return isinstance(actual, np.ndarray) and actual.shape == expected.shape and bool(
        np.all(np.isclose(actual, expected, rtol=1e-5) | (np.isinf(actual) & np.isinf(expected))))


SIGMOID_MISTAKES = (
    Mistake(text("부호가 뒤집혔습니다: 1/(1+np.exp(x)) 는 sigmoid(-x) 입니다 (감소 함수). 1/(1+np.exp(-x)) 로 쓰세요.",
                 "The sign is flipped: 1/(1+np.exp(x)) is sigmoid(-x), a decreasing curve. Write 1/(1+np.exp(-x))."),
            like=lambda x: sigmoid(-x)),
    Mistake(text("괄호가 빠졌습니다: 1/1+np.exp(-x) 는 1 + exp(-x) 입니다. 1/(1+np.exp(-x)) 로 쓰세요.",
                 "Missing parentheses: 1/1+np.exp(-x) is 1 + exp(-x). Write 1/(1+np.exp(-x))."),
            when=lambda args, actual: _is_one_plus_exp(args[0], actual)),
    Mistake(text("큰 x 에서 np.exp(x) 가 inf 로 넘쳐 inf/inf = nan 이 됩니다. 1/(1+np.exp(-x)) 꼴로 쓰세요.",
                 "For large x, np.exp(x) overflows to inf and inf/inf is nan. Use the form 1/(1+np.exp(-x))."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.dtype.kind == "f"
            and bool(np.isnan(actual).any())),
)


def _sigmoid_symmetry(args: tuple, y: Any) -> Text | None:
    if not isinstance(y, np.ndarray) or y.shape != args[0].shape:
        return text("입력과 같은 형상의 배열을 돌려주세요.", "Return an array of the input's shape.")
    half = len(y) // 2
    if not ((y > 0) & (y < 1)).all():
        return text("시그모이드의 값은 0과 1 사이(양 끝 제외)여야 합니다.", "Sigmoid values must lie strictly between 0 and 1.")
    if not np.allclose(y[:half] + y[half:], 1, atol=1e-9):
        return text("sigmoid(-x) = 1 - sigmoid(x) 가 성립해야 합니다.", "sigmoid(-x) = 1 - sigmoid(x) must hold.")
    return None


def sigmoid_checks(name: str = "sigmoid", full: bool = True) -> tuple[Check, ...]:
    """The notes' example; `full` (where sigmoid is the problem, not a helper) adds generated arrays, the
    properties, and very large |x| (no overflow to nan)."""
    example = Example(name, (np.array([1.0, 2.0]),), sigmoid([1.0, 2.0]), mistakes=SIGMOID_MISTAKES)
    huge = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    no_overflow = Example(name, (huge,), sigmoid(huge), title=text("아주 큰 |x| 에서도 nan/inf 없음", "no nan/inf for very large |x|"),
                          mistakes=SIGMOID_MISTAKES)
    if not full:
        return example, no_overflow
    return (
        example,
        Holds(name, [float_arrays()], lambda args, y: expect_equal(y, sigmoid(args[0])),
              title=text("무작위 배열에서 1/(1+exp(-x))", "on generated arrays: 1/(1+exp(-x))"), mistakes=SIGMOID_MISTAKES),
        Holds(name, [symmetric_arrays()], _sigmoid_symmetry,
              title=text("0 < sigmoid(x) < 1, sigmoid(-x) = 1 - sigmoid(x)", "0 < sigmoid(x) < 1 and sigmoid(-x) = 1 - sigmoid(x)"),
              mistakes=SIGMOID_MISTAKES),
        no_overflow,
    )


RELU_MISTAKES = (
    Mistake(text("절댓값(abs)은 ReLU가 아닙니다: 음수 입력은 0이 되어야 합니다 (np.maximum(0, x)).",
                 "abs(x) is not ReLU: a negative input must become 0 (np.maximum(0, x))."),
            like=lambda x: np.abs(x)),
    Mistake(text("x <= 0 일 때 아무것도 돌려주지 않습니다 (None). else: return 0 을 잊지 마세요.",
                 "Nothing is returned when x <= 0 (None). Do not forget `else: return 0`."),
            when=lambda args, actual: actual is None),
    Mistake(text("배열을 넣었는데 숫자 하나가 나왔습니다: if/else 는 숫자 하나만 판단합니다. np.maximum(0, x) 처럼 원소별로 계산하세요.",
                 "An array went in and a single number came out: if/else judges one number only. Compute element "
                 "by element, e.g. np.maximum(0, x)."),
            when=lambda args, actual: np.ndim(args[0]) > 0 and np.ndim(actual) == 0),
)
SCALAR_RELU_MISTAKES = RELU_MISTAKES[:2]  # an array turned into one number needs an array to go in
RELU_ROWS = {(0.3,): 0.3, (-2,): 0, (0,): 0, (5,): 5, (-0.5,): 0}


def relu_checks(name: str = "Relu", arrays: bool = True) -> tuple[Check, ...]:
    """The notes' scalars (Relu(0.3), Relu(-2)) and more; with `arrays`, element-wise on generated arrays."""
    scalars = (
        Table(name, RELU_ROWS, title=text("스칼라 입력", "scalar inputs"),
              mistakes=[Mistake(m.says, when=lambda row, actual, m=m: m.matches(row, actual) or row[0] > 0)
                        for m in SCALAR_RELU_MISTAKES]),
        Holds(name, [st.floats(-100, 100, allow_nan=False)], lambda args, y: expect_equal(y, max(args[0], 0.0)),
              title=text("무작위 스칼라에서 max(0, x)", "on generated scalars: max(0, x)"), mistakes=SCALAR_RELU_MISTAKES),
    )
    if not arrays:
        return scalars
    return scalars + (explain_errors(Holds(
        name, [float_arrays()], lambda args, y: expect_equal(y, np.maximum(0, args[0])),
        title=text("무작위 배열에서 원소별 max(0, x)", "on generated arrays: element-wise max(0, x)"), mistakes=RELU_MISTAKES),
        ARRAY_ERRORS),)


def function_plot(name: str, x: np.ndarray, f: Callable[[np.ndarray], np.ndarray], title: str,
                  xlim: tuple[float, float] | None = None, ylim: tuple[float, float] | None = None,
                  label: Text = text("주어진 x_data 로 그린 그래프", "the plot of the given x_data")) -> Figure:
    """`name(x)` draws the line y = f(x) over exactly these x, with this title (and axis limits where the notes set them)."""
    def expect(figures: list[dict[str, Any]]) -> None:
        axes = [ax for figure in figures for ax in figure["axes"]]
        lines = [line for ax in axes for line in ax["lines"]]
        line = next((ln for ln in lines if ln["x"].shape == x.shape and np.allclose(ln["x"], x)), None)
        if line is None:
            raise Fail("values", text("x 축 값이 주어진 x 와 같은 선이 없습니다: plt.plot(x, y) 로 받은 x 를 그대로 쓰세요.",
                                      "No line has the given x on its x axis: draw plt.plot(x, y) with the x you were given."),
                       expected=x, actual=[ln["x"] for ln in lines] or None)
        expect_equal(line["y"], np.asarray(f(x), dtype=float), what="y", dtype=None)
        ax = next(ax for ax in axes if any(ln is line for ln in ax["lines"]))
        if ax["title"] != title:
            raise Fail("values", text(f"그래프 제목이 '{title}' 이어야 합니다 (plt.title).", f"The title should be '{title}' (plt.title)."),
                       expected=title, actual=ax["title"])
        for axis, wanted in (("x", xlim), ("y", ylim)):
            if wanted is not None and not np.allclose(ax[f"{axis}lim"], wanted):
                call = f"plt.{axis}lim({wanted[0]:g}, {wanted[1]:g})"
                raise Fail("values", text(f"{axis}축 범위를 {call} 로 정하세요.", f"Set the {axis} axis range with {call}."),
                           expected=list(wanted), actual=ax[f"{axis}lim"])

    return Figure(name, expect, args=(x,), title=label)


def plot_stub(function: str, plot: str, draws: str, x_data: str, korean: bool = False) -> str:
    """The stub of a plot problem: the activation `function` (its stub code), then `plot(x)`, which `draws`,
    and a main block that shows it on x_data when the learner runs the file."""
    font = ("\nfrom grader.fonts import use_korean_font\n\n"
            "use_korean_font()  # 한글 제목이 네모(□)로 깨지지 않도록 / so that the Korean title is not drawn as boxes\n"
            if korean else "")
    return f'''
import matplotlib.pyplot as plt
import numpy as np
{font}

{function.strip()}


def {plot}(x: np.ndarray) -> None:
    """{draws}

    Draw only: plt.show() is called below, when you run this file yourself.
    """
    raise NotImplementedError


if __name__ == "__main__":
    {plot}({x_data})
    plt.show()
'''


def plot_checks(name: str, x: np.ndarray, f: Callable[[np.ndarray], np.ndarray], title: str,
                xlim: tuple[float, float] | None = None, ylim: tuple[float, float] | None = None) -> tuple[Figure, ...]:
    """The plot over the notes' x_data, and over other x: the function must draw what it is given."""
    other = np.linspace(-3.0, 3.0, 25)
    return (function_plot(name, x, f, title, xlim, ylim),
            function_plot(name, other, f, title, xlim, ylim, text("다른 x 로 그린 그래프", "the plot of other x values")))


def drawn_calls(name: str, draw: st.SearchStrategy, truth: Callable[..., Any], title: Text,
                mistakes: Sequence[Mistake] = ()) -> Custom:
    """name(*args) = truth(*args) for argument tuples drawn together (shapes that must fit each other)."""
    def run(ctx: Context) -> None:
        def body(args: tuple) -> None:
            ctx.changed_inputs.clear()
            actual = ctx.call(name, *args)
            try:
                expect_equal(actual, truth(*args), dtype=None)
            except Fail as error:
                error.hint = error.hint or next((m.says for m in mistakes if m.matches(args, actual)), None)
                raise
            ctx.refuse_changed_inputs()

        for_all(ctx, [draw], body)

    return Custom(run, title)


def sigmoid_layer_stub(name: str, doc: str) -> str:
    """The stub of a layer through the sigmoid: sigmoid(x), then name(x, w), which `doc` describes."""
    return f'''
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError


def {name}(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """{doc}"""
    raise NotImplementedError
'''


@st.composite
def product_operands(draw: Any, vector: bool = False, bound: int = 9) -> tuple[np.ndarray, np.ndarray]:
    """(A, B) whose product is defined: A (n, k) or a vector (k,), B (k, m), small integers."""
    n, k, m = (draw(st.integers(1, 4)) for _ in range(3))
    elements = st.integers(-bound, bound)
    left = draw(hnp.arrays(np.int64, (k,) if vector else (n, k), elements=elements))
    return left, draw(hnp.arrays(np.int64, (k, m), elements=elements))


def product_checks(name: str, example: tuple[np.ndarray, np.ndarray], then: Callable[[np.ndarray], np.ndarray] | None = None,
                   vector: bool = False) -> tuple[Check, ...]:
    """name(A, B) = then(A·B) on the notes' operands and on generated ones; `*` and swapped operands are named."""
    after = then or (lambda y: y)
    truth = lambda A, B: after(np.dot(A, B))  # noqa: E731
    mistakes = [
        Mistake(ELEMENTWISE_NOT_DOT, like=lambda A, B: after(A * B)),
        Mistake(text("피연산자의 순서가 바뀌었습니다: 행렬곱은 교환법칙이 성립하지 않습니다 (AB ≠ BA).",
                     "The operands are swapped: the matrix product does not commute (AB ≠ BA)."),
                like=lambda A, B: after(np.dot(B, A))),
    ]
    if then is not None:
        mistakes.append(Mistake(text("가중합을 그대로 돌려줍니다: 활성화 함수(시그모이드)를 통과시키지 않았습니다.",
                                     "It returns the weighted sums themselves: they did not go through the activation "
                                     "function (the sigmoid)."), like=lambda A, B: np.dot(A, B)))
    # Small entries when an activation follows: a sigmoid of a large sum is 1 whatever the mistake.
    generated = drawn_calls(name, product_operands(vector, bound=2 if then else 9), truth,
                            text("무작위 형상의 행렬에서", "on matrices of generated shapes"), mistakes)
    return (explain_errors(Example(name, example, truth(*example), dtype=None, mistakes=mistakes), MATMUL_ERRORS),
            explain_errors(generated, MATMUL_ERRORS))
