"""Check builders shared by the chapter 4 problems (losses, numerical differentiation, gradient descent).

The TwoLayerNet checks are in `grader/problems/two_layer_net.py`. Everything here runs in the trusted
process and computes its expected values itself (no reference solution needed).
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Context, Custom, Holds, Mistake, for_all, text
from grader.compare import Fail, expect_equal
from grader.sandbox.session import LearnerError
from grader.spec import Problem, Text

# -- strategies -------------------------------------------------------------------------------------

def floats(low: float, high: float) -> st.SearchStrategy:
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


def vectors(n: int = 10, low: float = 0.0, high: float = 1.0) -> st.SearchStrategy:
    return hnp.arrays(np.float64, n, elements=floats(low, high))


def probabilities(n: int = 10) -> st.SearchStrategy:
    """A probability vector over n classes (positive, sums to 1), like a softmax output."""
    return vectors(n, 0.01, 1.0).map(lambda v: v / v.sum())


def one_hot(n: int = 10) -> st.SearchStrategy:
    return st.integers(0, n - 1).map(lambda k: np.eye(n, dtype=int)[k])


# -- named mistakes ---------------------------------------------------------------------------------

def _not_finite(_args: tuple, actual: Any) -> bool:
    try:
        return not np.all(np.isfinite(np.asarray(actual, dtype=float)))
    except (TypeError, ValueError):
        return False


MISSING_DELTA = Mistake(text("로그 안에 작은 값 1e-7(delta)이 빠졌습니다: y가 0인 곳에서 log(0) = -inf가 되어 결과가 inf나 nan이 됩니다. "
                             "np.log(y + 1e-7)로 쓰세요.",
                             "Missing 1e-7 in the log: where y is 0, log(0) = -inf turns the result into inf or nan. "
                             "Write np.log(y + 1e-7)."), when=_not_finite)


def mse_mistakes(result: Callable[[Callable, tuple], Any]) -> list[Mistake]:
    """MSE slips, named; result(error, args) is what the problem returns when its MSE is `error`."""
    without_half = lambda y, t: float(np.sum((np.asarray(y, float) - np.asarray(t, float)) ** 2))  # noqa: E731
    mean_not_sum = lambda y, t: float(0.5 * np.mean((np.asarray(y, float) - np.asarray(t, float)) ** 2))  # noqa: E731
    return [Mistake(text("1/2을 곱하지 않았습니다: 평균제곱오차는 0.5 * Σ(y - t)² 입니다.",
                         "The 1/2 is missing: the mean squared error is 0.5 * Σ(y - t)²."),
                    like=lambda *args: result(without_half, args)),
            Mistake(text("np.mean으로 나누었습니다: 책의 식은 합 0.5 * np.sum((y - t)**2) 입니다.",
                         "Divided by the number of classes (np.mean): the book's formula is the sum 0.5 * np.sum((y - t)**2)."),
                    like=lambda *args: result(mean_not_sum, args))]


def _close(actual: Any, expected: Any) -> bool:
    try:
        expect_equal(actual, expected, rtol=1e-5, atol=1e-7, dtype=None)
        return True
    except Exception:
        return False


def as_float(value: Any) -> float:
    return float(np.asarray(value, dtype=float))


# -- numerical differentiation ------------------------------------------------------------------------

# The grader cannot send a Python function to the learner's code (only plain data crosses), so the stubs of the
# differentiation problems end with small "hooks": they build the function to differentiate from numbers the
# grader sends (a polynomial's coefficients, the weights of a sum of squares) and call the learner's code.
HOOKS_NOTE = '''
# ---- 채점기가 부르는 연결 함수입니다. 고치지 마세요. / Hooks the grader calls: leave them as they are. ----
# 채점기는 파이썬 함수를 여러분의 코드로 보낼 수 없어서 숫자(다항식의 계수 등)를 보내고, 아래 함수가 그 숫자로
# 미분할 함수를 만들어 여러분의 함수에 넘깁니다.
# The grader cannot send a Python function to your code, so it sends numbers (a polynomial's coefficients, ...)
# and these hooks build the function to differentiate from them and hand it to your function.
'''


def polynomial(coefficients: list[float]) -> Callable[[float], float]:
    return lambda v: float(np.polyval(coefficients, v))


def slope(coefficients: list[float], x: float) -> float:
    """The exact derivative of the polynomial at x."""
    return float(np.polyval(np.polyder(coefficients), x))


polynomials = st.lists(st.integers(-5, 5).map(float), min_size=2, max_size=5)
points = st.integers(-30, 30).map(lambda k: k / 10)

FORWARD_DIFFERENCE = text("전방 차분 (f(x+h) - f(x)) / h 을 쓴 것 같습니다: 오차가 h에 비례합니다. 중앙 차분 (f(x+h) - f(x-h)) / (2*h) 을 쓰세요.",
                          "This looks like a forward difference (f(x+h) - f(x)) / h: its error is proportional to h. "
                          "Use the central difference (f(x+h) - f(x-h)) / (2*h).")
H_TOO_SMALL = text("h가 너무 작습니다 (예: 1e-50): float64에서 x + 1e-50 은 x로 반올림되어 차이가 0이 됩니다 (반올림 오차). h = 1e-4 를 쓰세요.",
                   "h is far too small (1e-50, say): in float64, x + 1e-50 rounds back to x and the difference is 0 "
                   "(rounding error). Use h = 1e-4.")


def slope_checks(hook: str) -> tuple[Custom, ...]:
    """`hook(coefficients, x, h=None)` returns the learner's numerical_diff of a polynomial at x."""

    def matches_exact(ctx: Context) -> None:
        def body(coefficients: list[float], x: float) -> None:
            actual = ctx.session.call(hook, coefficients, x)
            exact = slope(coefficients, x)
            try:
                expect_equal(actual, exact, rtol=1e-6, atol=1e-6, dtype=None, what=f"f'({x})")
            except Fail as error:
                error.input = (f"f(x) = np.polyval({coefficients}, x)", x)
                forward = (polynomial(coefficients)(x + 1e-4) - polynomial(coefficients)(x)) / 1e-4
                if _close(actual, 0.0) and exact != 0:
                    error.hint = H_TOO_SMALL
                elif _close(actual, forward):
                    error.hint = FORWARD_DIFFERENCE
                raise

        for_all(ctx, (polynomials, points), body)

    def error_shrinks_like_h_squared(ctx: Context) -> None:
        # f(x) = x³ at x = 1: the central difference errs by exactly h², a forward one by about 3h.
        errors = [abs(as_float(ctx.session.call(hook, [1.0, 0.0, 0.0, 0.0], 1.0, h)) - 3.0) for h in (1e-2, 1e-3)]
        ratio = errors[0] / max(errors[1], 1e-300)
        if not 50 < ratio < 200:
            hint = FORWARD_DIFFERENCE if 5 < ratio < 20 else text(
                "numerical_diff가 인자로 받은 h를 쓰는지 확인하세요.", "Check that numerical_diff uses the h it is given.")
            raise Fail("property", text(
                f"f(x) = x³, x = 1: h를 10배 줄이면 오차가 약 100배 줄어야 하는데 {ratio:.3g}배 줄었습니다 "
                f"(h=1e-2: {errors[0]:.3g}, h=1e-3: {errors[1]:.3g}).",
                f"f(x) = x³ at x = 1: making h 10 times smaller should shrink the error about 100 times; it shrank "
                f"{ratio:.3g} times (h=1e-2: {errors[0]:.3g}, h=1e-3: {errors[1]:.3g})."), hint=hint, show_values=False)

    return (Custom(matches_exact, text("무작위 다항식에서 정확한 도함수와 일치", "matches the exact derivative of random polynomials")),
            Custom(error_shrinks_like_h_squared, text("오차가 h²에 비례 (중앙 차분)", "the error shrinks like h² (central difference)")))


def partial_check(hook: str, wrt: int) -> Holds:
    """`hook(x0, x1)` is ∂f/∂x_wrt of f(x0, x1) = x0² + x1², by numerical_diff with the other variable fixed."""
    other = 1 - wrt

    def prop(args: tuple, actual: Any) -> Text | None:
        expect_equal(actual, 2.0 * args[wrt], rtol=1e-6, atol=1e-6, dtype=None, what=f"∂f/∂x{wrt}")
        return None

    return Holds(hook, (points, points), prop, title=text(f"여러 점에서 ∂f/∂x{wrt} = 2·x{wrt}", f"∂f/∂x{wrt} = 2·x{wrt} at many points"),
                 mistakes=[Mistake(text(f"x{other}에 대해 미분했습니다: x{other}는 고정하고 x{wrt}만 움직이세요.",
                                        f"You differentiated with respect to x{other}: keep x{other} fixed and move x{wrt} only."),
                                   when=lambda args, actual: args[0] != args[1] and _close(actual, 2.0 * args[other])),
                           Mistake(text("x0 = 3, x1 = 4 를 그대로 써서 답을 고정했습니다: 인자로 받은 점에서 미분하세요.",
                                        "The point (3, 4) is written into the code: differentiate at the point you are given."),
                                   when=lambda args, actual: _close(actual, 2.0 * (3.0, 4.0)[wrt]))])


# -- gradients ---------------------------------------------------------------------------------------

NOT_RESTORED = text("x[idx]를 원래 값으로 되돌리지 않았습니다: 기울기를 구한 뒤 입력 배열이 바뀌어 있습니다. 각 요소를 계산한 뒤 x[idx] = tmp_val 로 복원하세요.",
                    "x[idx] is not restored: the input array is changed after the gradient is computed. "
                    "Put each element back (x[idx] = tmp_val) once its derivative is taken.")
INTEGER_INPUT = text("정수 배열은 x + h (예: 3 + 0.0001)를 담지 못하고 3으로 잘라 버립니다. np.zeros_like(x)도 정수 배열이 됩니다. "
                     "x = x.astype(float) 처럼 실수 배열로 바꿔서 계산하세요.",
                     "An integer array cannot hold x + h (3 + 0.0001 is truncated back to 3), and np.zeros_like(x) is an "
                     "integer array too. Convert first, e.g. x = x.astype(float).")

weights_and_points = st.integers(0, 2**16).flatmap(lambda s: hnp.array_shapes(min_dims=1, max_dims=2, max_side=4).map(
    lambda shape, s=s: (np.random.default_rng(s).integers(1, 4, size=shape).astype(float),
                        np.random.default_rng(s + 1).integers(-30, 30, size=shape) / 10)))


BOOK_FIRST_GRADIENT = text(
    "책의 첫 numerical_gradient (for idx in range(x.size): x[idx] ...) 는 1차원 x 용입니다: 2차원 x 에서 x[idx] 는 원소가 아니라 "
    "행 하나입니다. 이 문제는 어떤 형상이든 받으므로 책의 common/gradient.py 처럼 np.nditer 나 np.ndindex(x.shape) 로 원소를 도세요.",
    "The book's first numerical_gradient (for idx in range(x.size): x[idx] ...) is for a 1-D x: on a 2-D x, x[idx] is a "
    "whole row, not an element. This problem takes any shape: visit the elements with np.nditer or np.ndindex(x.shape), "
    "as the book's common/gradient.py does.")


def _row_by_row_gradient(weights: np.ndarray, x: np.ndarray) -> np.ndarray | None:
    """What the book's 1-D loop gives on a 2-D x, or None where it raises: x[idx] is row idx, and tmp_val = x[idx]
    a view of it, so that restoring it restores nothing."""
    if x.size > x.shape[0]:
        return None
    x, grad, h = x.astype(float), np.zeros_like(x, dtype=float), 1e-4
    f = lambda v: np.sum(weights * v ** 2)  # noqa: E731
    for idx in range(x.size):
        kept = x[idx]  # a view, as in the book's loop
        x[idx] = kept + h
        above = f(x)
        x[idx] = kept - h
        grad[idx] = (above - f(x)) / (2 * h)
        x[idx] = kept
    return grad


def gradient_checks(hook: str) -> tuple[Custom, ...]:
    """`hook(weights, x)` returns the learner's numerical_gradient of f(x) = Σ weights·x² at x (any shape)."""

    def matches_exact(ctx: Context) -> None:
        def body(pair: tuple[np.ndarray, np.ndarray]) -> None:
            weights, x = pair
            try:
                actual = ctx.session.call(hook, weights, x, watch=True)
            except LearnerError as error:
                if x.ndim < 2 or "out of bounds for axis 0" not in error.message:
                    raise
                raise Fail("error", text(f"{error.type_name}: {error.message}"), hint=BOOK_FIRST_GRADIENT) from None
            try:
                expect_equal(actual, 2 * weights * x, rtol=1e-6, atol=1e-6, what="∇f")
            except Fail as error:
                error.input = (f"f(x) = np.sum({weights.tolist()} * x**2)", x)
                if isinstance(actual, np.ndarray) and actual.shape == x.shape and _close(actual, 2 * weights * x + weights * 1e-4):
                    error.hint = FORWARD_DIFFERENCE
                elif x.ndim >= 2 and _close(actual, _row_by_row_gradient(weights, x)):
                    error.hint = BOOK_FIRST_GRADIENT
                raise
            if 1 in ctx.session.changed_args:
                raise Fail("property", NOT_RESTORED, actual=actual, show_values=False)

        for_all(ctx, (weights_and_points,), body)

    def integer_input(ctx: Context) -> None:
        actual = ctx.session.call(hook, np.ones(2), np.array([3, 4]), watch=True)
        try:
            expect_equal(actual, np.array([6.0, 8.0]), rtol=1e-6, atol=1e-6, what="∇f([3, 4])")
        except Fail as error:
            error.input = ("f(x) = np.sum(x**2)", "np.array([3, 4])  (dtype int)")
            error.hint = INTEGER_INPUT
            raise
        if ctx.session.changed_args:
            raise Fail("property", NOT_RESTORED, actual=actual, show_values=False)

    return (Custom(matches_exact, text("모든 형상의 배열에서 정확한 기울기와 일치, 입력은 그대로",
                                       "matches the exact gradient on arrays of any shape, input left unchanged")),
            Custom(integer_input, text("정수 배열 입력", "an integer array as input")))


# -- gradient descent ----------------------------------------------------------------------------------

WRONG_SIGN = Mistake(text("기울기를 더했습니다 (경사 상승): 최솟값으로 가려면 x -= lr * grad 로 빼야 합니다.",
                          "The gradient is added (gradient ascent): to go downhill subtract it, x -= lr * grad."),
                     when=lambda args, actual: _close(actual, np.asarray(args[0], float) * (1 + 2 * args[1]) ** args[2]))
NOT_ACCUMULATED = Mistake(text("매 단계가 init_x에서 다시 시작합니다: x = init_x - lr * grad 가 아니라 x를 계속 갱신하세요 (x -= lr * grad).",
                               "Every step starts again from init_x: keep updating x (x -= lr * grad), not x = init_x - lr * grad."),
                          when=lambda args, actual: args[2] > 1 and _close(actual, _restarting_descent(*args)))


def _restarting_descent(init_x: np.ndarray, lr: float, steps: int) -> np.ndarray:
    """What x = init_x - lr * grad(x) gives on f = x0² + x1² (grad = 2x)."""
    init_x = np.asarray(init_x, dtype=float)
    x = init_x
    for _ in range(steps):
        x = init_x - lr * 2 * x
    return x
DESCENT_MISTAKES = (WRONG_SIGN, NOT_ACCUMULATED)

starting_points = hnp.arrays(np.float64, 2, elements=st.integers(-50, 50).map(lambda k: k / 10))


def descent_check(hook: str) -> Holds:
    """`hook(init_x, lr, step_num)` runs the learner's gradient_descent on f(x) = x0² + x1².

    With the central difference the gradient of a quadratic is exact, so every step multiplies x by (1 - 2·lr).
    """

    def prop(args: tuple, actual: Any) -> None:
        init_x, lr, steps = args
        expect_equal(actual, init_x * (1 - 2 * lr) ** steps, rtol=1e-5, atol=1e-7, what="x")

    return Holds(hook, (starting_points, st.sampled_from([0.01, 0.05, 0.1, 0.2, 0.3]), st.integers(1, 60)), prop,
                 title=text("매 단계 x ← x - lr·2x (f = x0² + x1²)", "each step is x ← x - lr·2x (f = x0² + x1²)"),
                 mistakes=DESCENT_MISTAKES)


# -- random numbers -----------------------------------------------------------------------------------

def varies_with_seed(name: str, *args: Any) -> Custom:
    """Two different seeds give two different results: the function really draws random numbers."""

    def run(ctx: Context) -> None:
        first = ctx.session.call(name, *args, seed=ctx.seed)
        second = ctx.session.call(name, *args, seed=ctx.seed + 1)
        if _close(first, second):
            raise Fail("property", text("시드가 달라도 결과가 같습니다: 값을 np.random 으로 만들지 않고 고정했나요?",
                                        "The result is the same under two different seeds: are the values fixed instead of "
                                        "drawn with np.random?"), actual=first)

    return Custom(run, text("무작위: 시드마다 다른 값", "random: a different result for another seed"))


def cross_entropy(y: np.ndarray, t: np.ndarray) -> float:
    """The grader's own batch-mean cross entropy (one-hot or label targets)."""
    y = np.atleast_2d(np.asarray(y, dtype=float))
    t = np.asarray(t)
    labels = t.reshape(y.shape).argmax(axis=1) if t.size == y.size else t.reshape(-1)
    return float(-np.sum(np.log(y[np.arange(y.shape[0]), labels] + 1e-7)) / y.shape[0])


# -- logarithms ---------------------------------------------------------------------------------------

def log_checks(name: str, exact: Callable[[float], float], example: float, confusions: list[Mistake]) -> tuple:
    """`name(x)` is a logarithm: the notes' example and many positive numbers, with mix-ups of the base named."""
    from grader.checks import Example

    def prop(args: tuple, actual: Any) -> Text | None:
        expect_equal(actual, exact(args[0]), rtol=1e-9, atol=1e-12, dtype=None, what=f"{name}({args[0]})")
        return None

    return (Example(name, (example,), exact(example), dtype=None, mistakes=confusions),
            Holds(name, (floats(1e-3, 1e3),), prop, title=text("여러 양수에서 정확한 로그 값", "the exact logarithm of many positive numbers"),
                  mistakes=confusions))


def equals(expected: Any, **tolerances: Any) -> Callable[[tuple, Any], None]:
    """A Holds property: the result equals expected(*args); a failure keeps the whole result, so that
    mistakes are recognised from the whole list rather than from its first wrong element."""

    def prop(args: tuple, actual: Any) -> None:
        try:
            expect_equal(actual, expected(*args), **tolerances)
        except Fail as error:
            error.actual = actual
            raise

    return prop


# The learner's code for p119 and p120 (gradient descent on function_2), with the hook the grader calls.
DESCENT_STUB = '''
import numpy as np


def function_2(x: np.ndarray) -> float:
    """f(x0, x1) = x0**2 + x1**2 = np.sum(x**2)."""
    raise NotImplementedError


def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x (central difference, h = 1e-4); x is unchanged afterwards."""
    raise NotImplementedError


def gradient_descent(f, init_x: np.ndarray, lr: float = 0.01, step_num: int = 100) -> np.ndarray:
    """step_num times: x <- x - lr * (the gradient of f at x), starting from init_x; return the last x.

    The book's x = init_x is no copy, so its x -= ... updates init_x too: allowed here (init_x.copy() keeps it).
    """
    raise NotImplementedError
'''
DESCENT_HOOK = HOOKS_NOTE + '''

def descend_function_2(init_x: np.ndarray, lr: float, step_num: int) -> np.ndarray:
    return gradient_descent(function_2, init_x, lr=lr, step_num=step_num)
'''


# -- simpleNet pieces (p121-p127) --------------------------------------------------------------------

def weights_2x3_check(name: str) -> Holds:
    """`name()` makes a random 2x3 float weight matrix: 2 inputs, 3 outputs."""

    def prop(args: tuple, actual: Any) -> Text | None:
        if not isinstance(actual, np.ndarray):
            raise Fail("type", text("NumPy 배열을 돌려주세요.", "Return a NumPy array."), actual=actual)
        if actual.shape == (3, 2):
            raise Fail("shape", text("형상이 (3, 2) 입니다: 입력 2개를 출력 3개로 보내는 가중치는 (2, 3) 입니다 (np.dot(x, W)).",
                                     "The shape is (3, 2): weights taking 2 inputs to 3 outputs are (2, 3) (np.dot(x, W))."),
                       actual=actual)
        expect_equal(actual.shape, (2, 3), what="shape")
        return None if actual.dtype.kind == "f" else text("실수 배열이어야 합니다.", "It should be a float array.")

    return Holds(name, (), prop, title=text("2 x 3 실수 행렬", "a 2 x 3 float matrix"))


def dot_prop(args: tuple, actual: Any) -> None:
    """The result is np.dot(x, w); an element-wise product left unsummed is named."""
    x, w = args[0], args[1]
    if isinstance(actual, np.ndarray) and np.ndim(x) == 1 and actual.shape == w.shape:
        raise Fail("shape", text("요소별 곱만 하고 더하지 않았습니다: 내적은 np.dot(x, w) 입니다.",
                                 "Element-wise products, not summed: the dot product is np.dot(x, w)."), actual=actual)
    expect_equal(actual, np.dot(x, w), rtol=1e-9, atol=1e-12, what="np.dot(x, w)")


inputs_2 = hnp.arrays(np.float64, 2, elements=floats(-3, 3))
weights_2x3 = hnp.arrays(np.float64, (2, 3), elements=floats(-3, 3))


def minus_log_target(y: np.ndarray, t: np.ndarray) -> float:
    """Cross entropy of one sample with a one-hot target: -log(probability of the target + 1e-7)."""
    return float(-np.log(np.asarray(y, dtype=float)[int(np.argmax(t))] + 1e-7))


def swapped_cross_entropy(y: np.ndarray, t: np.ndarray) -> float:
    """What cross_entropy_error(t, y) computes: the prediction and the target swapped."""
    return float(-np.sum(np.asarray(y, dtype=float) * np.log(np.asarray(t, dtype=float) + 1e-7)))


SWAPPED_ARGUMENTS = text("cross_entropy_error의 인자 순서가 바뀌었습니다: cross_entropy_error(y, t)는 예측(소프트맥스 출력)이 먼저, 정답이 나중입니다.",
                         "The arguments of cross_entropy_error are swapped: cross_entropy_error(y, t) takes the prediction "
                         "(the softmax output) first and the target second.")



def partial_problem(wrt: int, **metadata: Any) -> Problem:
    """p114 / p115: ∂f/∂x_wrt of f(x0, x1) = x0² + x1² at (3, 4), by numerical_diff with the other variable fixed."""
    from grader.checks import Example
    from grader.spec import Problem

    other, name = 1 - wrt, f"partial_x{wrt}"
    fixed = "lambda x: loss_func(x, x1)" if wrt == 0 else "lambda x: loss_func(x0, x)"
    return Problem(
        chapter="ch04", slug=name, names=("numerical_diff", "loss_func", name),
        title=text(f"편미분: x{wrt}에 대해", f"Partial derivative with respect to x{wrt}"),
        given="f(x0, x1) = x0**2 + x1**2, x0 = 3, x1 = 4",
        example=f">>> {name}(3.0, 4.0)\n{(6.000000000000378, 7.999999999999119)[wrt]}",
        stub=f'''
import numpy as np


def numerical_diff(f, x: float) -> float:
    """f'(x) by the central difference with h = 1e-4."""
    raise NotImplementedError


def loss_func(x0: float, x1: float) -> float:
    """f(x0, x1) = x0**2 + x1**2."""
    raise NotImplementedError


def {name}(x0: float, x1: float) -> float:
    """∂f/∂x{wrt} at (x0, x1): keep x{other} fixed, so f becomes a function of x{wrt} alone, and hand that to numerical_diff."""
    raise NotImplementedError
''',
        checks=(
            Example("loss_func", (3.0, 4.0), 25.0, dtype=None, title=text("f(3, 4) = 25", "f(3, 4) = 25")),
            Example(name, (3.0, 4.0), (6.0, 8.0)[wrt], rtol=1e-7, dtype=None),
            partial_check(name, wrt),
        ),
        hints=(text(f"x{other}을 고정한 한 변수 함수: {fixed} 를 numerical_diff 에 넘기고 x{wrt} 에서 미분하세요.",
                    f"A function of one variable with x{other} fixed: pass {fixed} to numerical_diff, at x{wrt}."),),
        **metadata)
