"""Checks shared by several problems of the course (one helper, every chapter)."""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (Agrees, Check, Context, Custom, Example, Fail, Figure, Holds, LayerGradient, Mistake, Table,
                           expect_equal, for_all, text)
from grader.sandbox.session import LearnerError
from grader.spec import Text

GATE_INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
GATES = {
    "AND": lambda a, b: int(a and b),
    "OR": lambda a, b: int(a or b),
    "NAND": lambda a, b: int(not (a and b)),
    "XOR": lambda a, b: int(a != b),
}


def gate_truth_table(name: str) -> Table:
    """The gate's whole truth table, with the classic mix-ups among gates named."""
    mistakes = [Mistake(text(f"{name} 대신 {other} 처럼 동작합니다. 가중치와 편향의 부호를 확인하세요.",
                             f"It behaves like {other}, not {name}. Check the signs of the weights and the bias."),
                        like=gate) for other, gate in GATES.items() if other != name]
    mistakes.append(Mistake(text("0/1 대신 True/False(비교 결과)를 돌려줍니다. int(...)로 바꾸세요.",
                                 "It returns True/False (a comparison) instead of 0/1. Convert with int(...)."),
                            when=lambda row, actual: isinstance(actual, bool) or type(actual).__name__ == "bool_"))
    return Table(name, {row: GATES[name](*row) for row in GATE_INPUTS},
                 title=text(f"{name} 진리표", f"the {name} truth table"), mistakes=mistakes)


# Small MNIST-format fixtures (made by fixtures/make_fixtures.py), served to the learner's load_mnist().
MNIST_FIXTURES = (
    "mnist/train-images-idx3-ubyte.gz",
    "mnist/train-labels-idx1-ubyte.gz",
    "mnist/t10k-images-idx3-ubyte.gz",
    "mnist/t10k-labels-idx1-ubyte.gz",
)
SAMPLE_WEIGHT_FIXTURE = "sample_weight.npz"  # 784-50-100-10 weights of the book's shape, made the same way


# -- a value that was printed instead of returned ---------------------------------------------------

RETURNS_NONE = Mistake(text("아무것도 돌려주지 않았습니다 (None). print는 화면에 보여 줄 뿐이니 return으로 값을 돌려주세요.",
                            "It returned nothing (None). print only shows the value: hand it back with return."),
                       when=lambda args, actual: actual is None)


# -- chapter 3: the 3-layer network and softmax -----------------------------------------------------
# The grader's own small implementations: checks cannot import reference/ (a learner release has none),
# and the named mistakes below are variations of them.

def _sigmoid(x: np.ndarray) -> np.ndarray:
    # For x -> -inf, exp(-x) overflows to inf and 1/inf is the right 0: silence the warning, keep the value.
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-np.asarray(x, dtype=float)))


def _identity(x: np.ndarray) -> np.ndarray:
    return x


def _softmax(x: np.ndarray, axis: int | None = -1) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def _finite_array(actual: Any) -> bool:
    return isinstance(actual, np.ndarray) and actual.dtype.kind in "fc" and bool(np.all(np.isfinite(actual)))


UNSHIFTED_EXP = Mistake(text("오버플로: exp 전에 최댓값을 빼세요. exp(1010)은 inf가 되고 inf/inf는 nan입니다.",
                             "overflow: subtract the max before exp. exp(1010) is inf, and inf/inf is nan."),
                        when=lambda args, actual: isinstance(actual, np.ndarray) and not _finite_array(actual))


def course_network() -> dict[str, np.ndarray]:
    """The course notes' 2-3-2-2 weights (problems 44-61): integers, no biases."""
    return {"W1": np.array([[1, 3, 5], [4, 5, 6]]), "W2": np.array([[1, 2], [3, 4], [5, 6]]),
            "W3": np.array([[1, 2], [3, 4]])}


def book_network() -> dict[str, np.ndarray]:
    """The book's 2-3-2-2 weights and biases (section 3.4.3)."""
    return {"W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]), "b1": np.array([0.1, 0.2, 0.3]),
            "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]), "b2": np.array([0.1, 0.2]),
            "W3": np.array([[0.1, 0.3], [0.2, 0.4]]), "b3": np.array([0.1, 0.2])}


COURSE_INPUT = np.array([1, 2])
BOOK_INPUT = np.array([1.0, 0.5])


def network_pass(network: dict, x: np.ndarray, output: Callable = _identity, hidden: Callable = _sigmoid,
                 biases: bool = True) -> np.ndarray:
    """The 3-layer forward pass; `hidden`, `output` and `biases` let the mistakes below be described."""
    z = np.asarray(x, dtype=float)
    for i in (1, 2, 3):
        a = np.dot(z, network[f"W{i}"]) + (network.get(f"b{i}", 0) if biases else 0)
        z = hidden(a) if i < 3 else output(a)
    return z


_FLOATS = st.floats(-3, 3, allow_nan=False, width=64)


def samples(n_in: int = 2) -> st.SearchStrategy:
    """One sample of shape (n_in,)."""
    return hnp.arrays(np.float64, (n_in,), elements=_FLOATS)


def batches(n_in: int = 2) -> st.SearchStrategy:
    """A batch of 2 to 4 samples, one per row, made from a drawn seed (a seed shrinks in a few steps)."""
    return st.tuples(st.integers(2, 4), st.integers(0, 2**32 - 1)).map(
        lambda drawn: np.round(np.random.default_rng(drawn[1]).uniform(-3, 3, size=(drawn[0], n_in)), 2))


def networks(biases: bool = True) -> st.SearchStrategy:
    """Random 2-3-2-2 networks (the book's shape), with or without biases, made from a drawn seed."""
    shapes = {"W1": (2, 3), "W2": (3, 2), "W3": (2, 2)} | ({"b1": (3,), "b2": (2,), "b3": (2,)} if biases else {})

    def make(seed: int) -> dict[str, np.ndarray]:
        rng = np.random.default_rng(seed)
        return {key: np.round(rng.normal(size=shape), 2) for key, shape in shapes.items()}

    return st.integers(0, 2**32 - 1).map(make)


def batch_matches_rows(name: str, strategies: Sequence[st.SearchStrategy], mistakes: Sequence[Mistake] = ()) -> Custom:
    """`name(..., batch)` equals `name(..., row)` for every row, stacked: a batch is many samples at once."""

    def run(ctx: Any) -> None:
        def body(*args: Any) -> None:
            *rest, batch = args
            whole = ctx.session.call(name, *rest, batch, seed=ctx.seed)
            rows = [np.asarray(ctx.session.call(name, *rest, row, seed=ctx.seed)) for row in batch]
            try:
                expect_equal(whole, np.stack(rows), what=f"{name}(batch)", dtype=None)
            except Fail as error:
                error.message = text(f"배치(행마다 표본 하나)의 결과가 행을 하나씩 넣은 결과와 다릅니다. {error.message.ko}",
                                     f"The batch result (one sample per row) differs from the rows one at a time. {error.message.en}")
                error.hint = error.hint or next((m.says for m in mistakes if m.matches(args, whole)), None)
                raise

        for_all(ctx, strategies, body)

    return Custom(run, title=text("배치 = 행마다 따로 계산한 결과", "a batch gives the same rows as one sample at a time"))


def _network_mistakes(output: str, unpack: Callable[..., tuple[dict, np.ndarray]]) -> list[Mistake]:
    """The classic slips in a 3-layer pass; `unpack(*args)` turns a check's arguments into (network, x)."""
    outputs = {"identity": _identity, "softmax": _softmax}
    other = "softmax" if output == "identity" else "identity"

    def like(**changes: Any) -> Callable[..., np.ndarray]:
        return lambda *args: network_pass(*unpack(*args), **({"output": outputs[output]} | changes))

    mistakes = [
        Mistake(text(f"출력층에 시그모이드를 썼습니다. 출력층은 {output} 함수입니다 (시그모이드는 은닉층에만).",
                     f"Sigmoid on the output layer: the output layer uses the {output} function (sigmoid is for the hidden layers)."),
                like=like(output=_sigmoid)),
        Mistake(text(f"출력층이 {other} 함수입니다. 이 문제의 출력층은 {output} 함수입니다.",
                     f"The output layer is the {other} function; in this problem it is the {output} function."),
                like=like(output=outputs[other])),
        Mistake(text("편향을 더하지 않았습니다: 층마다 a = x·W + b 입니다 (편향이 없는 신경망이면 network.get('b1', 0)).",
                     "The biases are missing: each layer is a = x·W + b (network.get('b1', 0) when a network has none)."),
                like=like(biases=False)),
        Mistake(text("은닉층에 시그모이드를 통과시키지 않았습니다.", "The hidden layers skip the sigmoid."),
                like=like(hidden=_identity)),
        RETURNS_NONE,
    ]
    if output == "softmax":
        mistakes.insert(0, Mistake(text("소프트맥스를 잘못된 축으로 정규화했습니다: 배치에서는 행(표본)마다 합이 1이어야 합니다 (axis=-1, keepdims=True).",
                                        "Softmax normalised over the wrong axis: in a batch each row (sample) must sum to 1 (axis=-1, keepdims=True)."),
                                   when=lambda args, actual: np.ndim(unpack(*args)[1]) == 2 and _finite_array(actual)
                                   and actual.ndim == 2 and not np.allclose(actual.sum(axis=-1), 1)))
    return mistakes


def forward_checks(name: str, output: str, course_expected: np.ndarray, book_expected: np.ndarray) -> tuple[Check, ...]:
    """Checks of `name(network, x)`, the 3-layer pass with sigmoid hidden layers and an `output` layer
    ("identity" or "softmax"): the notes' and the book's numbers, generated networks, and batches."""
    out = {"identity": _identity, "softmax": _softmax}[output]
    mistakes = _network_mistakes(output, lambda network, x: (network, x))
    return (
        Example(name, (course_network(), COURSE_INPUT), course_expected, mistakes=mistakes, dtype=None,
                title=text("강의 노트의 신경망 (편향 없음), x = [1, 2]", "the notes' network (no biases), x = [1, 2]")),
        Example(name, (book_network(), BOOK_INPUT), book_expected, mistakes=mistakes, dtype=None,
                title=text("책의 신경망 (편향 포함), x = [1.0, 0.5]", "the book's network (with biases), x = [1.0, 0.5]")),
        Holds(name, [networks(), st.one_of(samples(), batches())],
              lambda args, actual: expect_equal(actual, network_pass(*args, output=out), dtype=None),
              title=text("무작위 신경망과 입력 (표본 하나 또는 배치)", "generated networks and inputs (one sample or a batch)"),
              mistakes=mistakes),
        batch_matches_rows(name, [networks(), batches()], mistakes=mistakes),
    )


def weights_pass_checks(name: str, course_expected: np.ndarray) -> tuple[Check, ...]:
    """Checks of `name(x, W1, W2, W3)`: the notes' pass before the network became a dict (no biases, identity output)."""
    unpack = lambda x, W1, W2, W3: ({"W1": W1, "W2": W2, "W3": W3}, x)  # noqa: E731
    mistakes = _network_mistakes("identity", unpack)
    net = course_network()
    weights = [hnp.arrays(np.float64, shape, elements=_FLOATS) for shape in ((2, 3), (3, 2), (2, 2))]
    return (
        Example(name, (COURSE_INPUT, net["W1"], net["W2"], net["W3"]), course_expected, mistakes=mistakes, dtype=None,
                title=text("강의 노트의 가중치, x = [1, 2]", "the notes' weights, x = [1, 2]")),
        Holds(name, [samples(), *weights], lambda args, actual: expect_equal(actual, network_pass(*unpack(*args)), dtype=None),
              title=text("무작위 가중치와 입력", "generated weights and inputs"), mistakes=mistakes),
    )


_SOFTMAX_MISTAKES = (
    UNSHIFTED_EXP,
    Mistake(text("소프트맥스를 잘못된 축으로 정규화했습니다: 배치에서는 행마다, 마지막 축으로 합해야 합니다 (axis=-1, keepdims=True). "
                 "axis=0 이나 배열 전체의 합이 아닙니다.",
                 "Softmax normalised over the wrong axis: for a batch, sum row by row along the last axis (axis=-1, keepdims=True), "
                 "not along axis 0 nor over the whole array."),
            when=lambda args, actual: np.ndim(args[0]) == 2 and _finite_array(actual) and actual.shape == args[0].shape
            and any(np.allclose(actual, _softmax(args[0], axis=axis)) for axis in (0, None))),
    RETURNS_NONE,
)


def softmax_checks(name: str) -> tuple[Check, ...]:
    """softmax along the last axis: the notes' example, the values, sums of 1, shift invariance, no overflow."""
    vectors_or_batches = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=4),
                                    elements=st.floats(-5, 5, width=64))
    large = hnp.arrays(np.float64, st.integers(2, 4), elements=st.floats(500, 2000, width=64))

    def is_softmax(args: tuple, actual: Any) -> None:
        # The sums first: "the rows do not sum to 1" says more than a wrong number somewhere.
        if isinstance(actual, np.ndarray) and actual.shape == args[0].shape and _finite_array(actual) \
                and not np.allclose(np.sum(actual, axis=-1), 1):
            sums = np.array2string(np.sum(actual, axis=-1), precision=4)
            raise Fail("property", text(f"마지막 축(행마다)의 합이 1이 아니라 {sums} 입니다.",
                                        f"The sums along the last axis (row by row) are {sums}, not 1."))
        expect_equal(actual, _softmax(args[0]), dtype=None)

    def shift_invariant(ctx: Any) -> None:
        def body(x: np.ndarray, c: float) -> None:
            expect_equal(ctx.session.call(name, x + c, seed=ctx.seed), ctx.session.call(name, x, seed=ctx.seed),
                         what=f"{name}(x + {c:g})", dtype=None)

        for_all(ctx, [vectors_or_batches, st.floats(-50, 50, width=64)], body)

    return (
        Example(name, (np.array([1010, 1000, 990]),), np.array([9.99954600e-01, 4.53978686e-05, 2.06106005e-09]),
                rtol=1e-6, mistakes=_SOFTMAX_MISTAKES, dtype=None),
        Holds(name, [vectors_or_batches], is_softmax, mistakes=_SOFTMAX_MISTAKES,
              title=text("벡터와 배치: 값, 그리고 마지막 축의 합 = 1", "vectors and batches: the values, and sums of 1 along the last axis")),
        Custom(shift_invariant, title=text("입력에 상수를 더해도 결과가 같음", "adding a constant to the input changes nothing")),
        Holds(name, [large], lambda args, actual: expect_equal(actual, _softmax(args[0]), dtype=None),
              mistakes=_SOFTMAX_MISTAKES, title=text("큰 입력 (500~2000)에서도 오버플로 없음", "no overflow on large inputs (500 to 2000)")),
    )


# -- ch03: activation functions, their plots, matrix products ----------------------------------------
# Truths come from the grader's own _sigmoid (above), so these checks need no reference solution.

def explain_errors(check: Check, known: Sequence[tuple[str, Text]]) -> Custom:
    """`check`, but a learner exception whose message holds a known phrase fails with that phrase's lesson.

    NumPy's own words ("operands could not be broadcast together") name the symptom; the lesson names the cause.
    """
    def run(ctx: Context) -> None:
        try:
            check.run(ctx)
        except LearnerError as error:
            lesson = next((says for phrase, says in known if phrase in error.message), None)
            if lesson is None:
                raise
            fail = Fail("error", text(f"{error.type_name}: {error.message}"), hint=lesson)
            fail.input = error.input if error.input is not None else getattr(check, "args", None)
            fail.seed = error.seed
            raise fail from None

    return Custom(run, check.title, needs_reference=check.needs_reference)


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


def float_arrays(bound: float = 10.0) -> st.SearchStrategy:
    """Small 1-D or 2-D float arrays in [-bound, bound] (a vector, or a small batch of them)."""
    return hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, max_side=5),
                      elements=st.floats(-bound, bound, allow_nan=False, allow_subnormal=False))


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


SIGMOID_MISTAKES = (
    Mistake(text("부호가 뒤집혔습니다: 1/(1+np.exp(x)) 는 sigmoid(-x) 입니다 (감소 함수). 1/(1+np.exp(-x)) 로 쓰세요.",
                 "The sign is flipped: 1/(1+np.exp(x)) is sigmoid(-x), a decreasing curve. Write 1/(1+np.exp(-x))."),
            like=lambda x: _sigmoid(-x)),
    Mistake(text("괄호가 빠졌습니다: 1/1+np.exp(-x) 는 1 + exp(-x) 입니다. 1/(1+np.exp(-x)) 로 쓰세요.",
                 "Missing parentheses: 1/1+np.exp(-x) is 1 + exp(-x). Write 1/(1+np.exp(-x))."),
            like=lambda x: 1 + np.exp(-np.clip(x, -700, None))),  # clipped: the learner's overflow is not ours
    Mistake(text("큰 x 에서 np.exp(x) 가 inf 로 넘쳐 inf/inf = nan 이 됩니다. 1/(1+np.exp(-x)) 꼴로 쓰세요.",
                 "For large x, np.exp(x) overflows to inf and inf/inf is nan. Use the form 1/(1+np.exp(-x))."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.dtype.kind == "f"
            and not np.isfinite(actual).all()),
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
    example = Example(name, (np.array([1.0, 2.0]),), _sigmoid([1.0, 2.0]), mistakes=SIGMOID_MISTAKES)
    if not full:
        return (example,)
    huge = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    return (
        example,
        Holds(name, [float_arrays()], lambda args, y: expect_equal(y, _sigmoid(args[0])),
              title=text("무작위 배열에서 1/(1+exp(-x))", "on generated arrays: 1/(1+exp(-x))"), mistakes=SIGMOID_MISTAKES),
        Holds(name, [symmetric_arrays()], _sigmoid_symmetry,
              title=text("0 < sigmoid(x) < 1, sigmoid(-x) = 1 - sigmoid(x)", "0 < sigmoid(x) < 1 and sigmoid(-x) = 1 - sigmoid(x)"),
              mistakes=SIGMOID_MISTAKES),
        Example(name, (huge,), _sigmoid(huge), title=text("아주 큰 |x| 에서도 nan/inf 없음", "no nan/inf for very large |x|"),
                mistakes=SIGMOID_MISTAKES),
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
RELU_ROWS = {(0.3,): 0.3, (-2,): 0, (0,): 0, (5,): 5, (-0.5,): 0}


def relu_checks(name: str = "Relu", arrays: bool = True) -> tuple[Check, ...]:
    """The notes' scalars (Relu(0.3), Relu(-2)) and more; with `arrays`, element-wise on generated arrays."""
    scalars = (
        Table(name, RELU_ROWS, title=text("스칼라 입력", "scalar inputs"),
              mistakes=[Mistake(m.says, when=lambda row, actual, m=m: m.matches(row, actual) or row[0] > 0)
                        for m in RELU_MISTAKES]),
        Holds(name, [st.floats(-100, 100, allow_nan=False)], lambda args, y: expect_equal(y, max(args[0], 0.0)),
              title=text("무작위 스칼라에서 max(0, x)", "on generated scalars: max(0, x)"), mistakes=RELU_MISTAKES),
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
            actual = ctx.session.call(name, *args, seed=ctx.seed)
            try:
                expect_equal(actual, truth(*args), dtype=None)
            except Fail as error:
                error.hint = error.hint or next((m.says for m in mistakes if m.matches(args, actual)), None)
                raise

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


# -- chapter 2: the notes' perceptron, with inputs and weights as dictionaries ----------------------
# An input is {'x0': -1, 'x1': .., 'x2': .., 't': target}; x0 = -1 makes w0 the threshold.

PERCEPTRON_INPUTS = [{"x0": -1, "x1": 0, "x2": 0, "t": 0}, {"x0": -1, "x1": 0, "x2": 1, "t": 0},
                     {"x0": -1, "x1": 1, "x2": 0, "t": 0}, {"x0": -1, "x1": 1, "x2": 1, "t": 1}]  # AND
PERCEPTRON_WEIGHTS = {"w0": 0.3, "w1": 0.4, "w2": 0.1}
PERCEPTRON_GIVEN = "\n".join([*(f"input{i}_dic = {d}" for i, d in enumerate(PERCEPTRON_INPUTS, 1)),
                              f"w_dic = {PERCEPTRON_WEIGHTS}"])  # the problems' `given`, as the notes write it

# Weights and learning rates on a 1/16 grid: every sum is exact, so a sum of exactly 0 (which fires) never
# becomes -1e-17 by rounding, and every correct implementation follows the same trajectory.
_SIXTEENTHS = st.integers(-16, 16).map(lambda n: n / 16)
perceptron_weights = st.fixed_dictionaries({"w0": _SIXTEENTHS, "w1": _SIXTEENTHS, "w2": _SIXTEENTHS})
perceptron_input = st.fixed_dictionaries({"x0": st.just(-1), "x1": st.integers(-2, 3), "x2": st.integers(-2, 3),
                                          "t": st.integers(0, 1)})
learning_rates = st.sampled_from([1 / 16, 1 / 8, 1 / 4, 1 / 2])


def _gate_data(name: str, rows: list[tuple[int, int]]) -> list[dict[str, int]]:
    return [{"x0": -1, "x1": a, "x2": b, "t": GATES[name](a, b)} for a, b in rows]


# A linearly separable gate (XOR is not), its four rows in any order: the perceptron rule converges on it.
perceptron_data = st.tuples(st.sampled_from(["AND", "OR", "NAND"]), st.permutations(GATE_INPUTS)).map(
    lambda drawn: _gate_data(*drawn))


def perceptron_k(input_dic: dict, w_dic: dict, terms: range = range(3)) -> float:
    """k = x0*w0 + x1*w1 + x2*w2 (or only the given terms: the mistakes leave some out)."""
    return sum(input_dic[f"x{i}"] * w_dic[f"w{i}"] for i in terms)


def perceptron_classifies(inputs: list[dict], w_dic: Any) -> Text | None:
    """None when the weights give every input its target with the notes' step (k >= 0 fires), else a complaint."""
    if type(w_dic) is not dict or set(w_dic) != {"w0", "w1", "w2"}:
        raise Fail("type", text("가중치는 {'w0': .., 'w1': .., 'w2': ..} 딕셔너리로 돌려주세요.",
                                "Return the weights as a dict {'w0': .., 'w1': .., 'w2': ..}."), actual=w_dic)
    wrong = [d for d in inputs if int(perceptron_k(d, w_dic) >= 0) != d["t"]]
    if wrong:
        return text(f"이 가중치는 {len(wrong)}개의 입력을 틀리게 분류합니다 (예: {wrong[0]}). 오차가 없을 때까지 학습해야 합니다.",
                    f"These weights misclassify {len(wrong)} input(s) (e.g. {wrong[0]}). Train until no input has an error.")
    return None


# -- chapter 2: gates applied to every row of the notes' inputData ---------------------------------

INPUT_DATA = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])


def gate_rows_checks(gate: str, rows_name: str) -> tuple[Check, ...]:
    """`rows_name(input_data)` returns [(x1, x2, y), ...], y = gate(x1, x2), for every row: what the notes
    print as `[x1 x2] ==> y`. Checked on the notes' inputData and on generated ones (other rows, other order)."""

    def rows_are_right(args: tuple, actual: Any) -> None:
        data = args[0]
        if not isinstance(actual, list) or any(not isinstance(row, (tuple, list)) or len(row) != 3 for row in actual):
            raise Fail("type", text(f"{rows_name}는 (x1, x2, y) 튜플의 리스트를 돌려주어야 합니다 (y만 모은 리스트가 아니라).",
                                    f"{rows_name} must return a list of (x1, x2, y) tuples (not only the outputs y)."),
                       expected=[(int(a), int(b), GATES[gate](a, b)) for a, b in data], actual=actual)
        expect_equal(actual, [(int(a), int(b), GATES[gate](a, b)) for a, b in data], what=f"{rows_name}(inputData)")

    def on_notes_data(ctx: Any) -> None:
        try:
            rows_are_right((INPUT_DATA,), ctx.session.call(rows_name, INPUT_DATA, seed=ctx.seed))
        except Fail as error:
            error.input = (INPUT_DATA,)
            raise

    generated = hnp.arrays(np.int64, st.tuples(st.integers(1, 6), st.just(2)), elements=st.integers(0, 1))
    return (
        gate_truth_table(gate),
        Custom(on_notes_data, title=text(f"{rows_name}(inputData): 노트의 4개 행", f"{rows_name}(inputData): the notes' four rows")),
        Holds(rows_name, [generated], rows_are_right,
              title=text("다른 행, 다른 순서의 inputData", "other inputData: other rows, other order")),
    )


# -- chapter 5: the multiplication and addition layers (problems 136-139 all drive them) -----------
# The skeletons go into every stub that needs the layers, so the learner finds the same class each time.

MUL_LAYER_STUB = '''
class MulLayer:
    """The multiplication node: forward(x, y) = x * y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        self.x = None  # forward keeps its inputs here: backward needs them
        self.y = None

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
'''

ADD_LAYER_STUB = '''
class AddLayer:
    """The addition node: forward(x, y) = x + y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        pass  # nothing to keep: d(x + y)/dx = d(x + y)/dy = 1, whatever x and y were

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
'''

# Two inputs of one shape (a shape with at least one axis, so that a scalar gradient shows as a mistake).
# No zeros: dout * 0 = 0 would make "multiplied by the other input" look like "returned 0".
_NONZERO = st.floats(0.5, 3, width=64) | st.floats(-3, -0.5, width=64)
_LAYER_INPUTS = hnp.array_shapes(min_dims=1, max_dims=2, max_side=3).flatmap(
    lambda shape: st.tuples(*[hnp.arrays(np.float64, shape, elements=_NONZERO)] * 2))


def _is_dout_times_an_input(args: tuple, actual: Any) -> bool:
    (inputs, dout), actual = args, np.asarray(actual, dtype=float)
    return actual.shape == dout.shape and any(np.allclose(actual, dout * x) for x in inputs)


SHARED_STATE = text("다른 계층 객체의 입력을 썼습니다: 입력은 클래스나 전역 변수가 아니라 객체마다 self.x, self.y 에 저장하세요.",
                    "The layer holds another layer object's inputs: keep them per object in self.x, self.y, "
                    "not in a class or global variable.")


def layer_drive(cls: str, forward: Callable, backward: Callable, state: tuple[str, ...] = ()) -> Custom:
    """Two objects of `cls` used in turn, as in the apple-orange graph: forward on both, then backward on both.

    Scalars (the book's prices), not arrays. Each object must answer from its own state: backward of the first
    layer must not use the inputs the second one saw. `state` names the attributes forward fills (x, y).
    """
    first, second, dout = (100, 2), (150, 3), 1.1

    def run(ctx: Any) -> None:
        session = ctx.session
        layers = [session.new(cls), session.new(cls)]
        for layer, inputs in zip(layers, (first, second)):
            expect_equal(session.method(layer, "forward", *inputs), forward(*inputs), what=f"{cls}().forward{inputs}",
                         dtype=None)
        for name, value, others in zip(state, first, second):
            kept = session.attr(layers[0], name)
            try:
                expect_equal(kept, value, what=f"layer.{name}", dtype=None)
            except Fail as error:
                error.hint = SHARED_STATE if _same(kept, others) else text(
                    f"forward는 입력을 self.{name}에 저장해야 합니다: backward가 그 값을 씁니다.",
                    f"forward must keep its input in self.{name}: backward uses it.")
                raise
        for layer, inputs, other in ((layers[0], first, second), (layers[1], second, first)):
            grads = session.method(layer, "backward", dout)
            try:
                expect_equal(grads, backward(inputs, dout), what=f"backward({dout}) after forward{inputs}", dtype=None)
            except Fail as error:
                error.actual = grads
                if _same(grads, backward(other, dout)):
                    error.hint = SHARED_STATE
                raise

    return Custom(run, title=text(f"{cls} 두 개를 번갈아 사용 (각 객체가 자기 입력을 기억)",
                                  f"two {cls} objects used in turn (each remembers its own inputs)"))


def _same(actual: Any, expected: Any) -> bool:
    try:
        expect_equal(actual, expected, dtype=None)
        return True
    except Fail:
        return False


def mul_layer_checks() -> tuple[Check, ...]:
    not_swapped = Mistake(text("곱셈 노드의 역전파는 입력을 서로 바꿔 곱합니다: dx = dout * y, dy = dout * x.",
                               "The multiplication node swaps its inputs going back: dx = dout * y, dy = dout * x."),
                          when=_is_dout_times_an_input)
    return (
        LayerGradient("MulLayer", _LAYER_INPUTS, mistakes=[not_swapped],
                      title=text("MulLayer: 역전파 = 수치 미분", "MulLayer: backward matches the numerical gradient")),
        layer_drive("MulLayer", lambda x, y: x * y, lambda inputs, dout: (dout * inputs[1], dout * inputs[0]),
                    state=("x", "y")),
    )


def add_layer_checks() -> tuple[Check, ...]:
    mistakes = [
        Mistake(text("덧셈 노드는 dout을 두 입력 모두에 그대로 흘려보냅니다: dx = dout, dy = dout (0이 아니라).",
                     "The addition node passes dout on to both inputs unchanged: dx = dout and dy = dout (not 0)."),
                when=lambda args, actual: not np.any(np.asarray(actual, dtype=float))),
        Mistake(text("덧셈 노드에 곱셈 노드의 역전파를 썼습니다: d(x + y)/dx = 1 이므로 dx = dout * 1 입니다.",
                     "That is the multiplication node's backward: d(x + y)/dx = 1, so dx = dout * 1."),
                when=_is_dout_times_an_input),
    ]
    return (
        LayerGradient("AddLayer", _LAYER_INPUTS, mistakes=mistakes,
                      title=text("AddLayer: 역전파 = 수치 미분", "AddLayer: backward matches the numerical gradient")),
        layer_drive("AddLayer", lambda x, y: x + y, lambda inputs, dout: (dout, dout)),
    )

# -- chapter 1: NumPy and matplotlib basics ------------------------------------------------------------
# Small integer arrays (and their nested-list twins) so that a hard-coded answer fails and a chapter grades in
# seconds; the plot helpers read the plain figure data of grader/sandbox/figures.py.

SMALL_INTS = st.integers(-20, 60)


def shared_shape(key: str, max_side: int = 4) -> st.SearchStrategy[tuple[int, int]]:
    """One (rows, cols) per example, shared by every strategy built on the same key (operands of one shape)."""
    return st.shared(st.tuples(st.integers(1, max_side), st.integers(1, max_side)), key=key)


def int_arrays(shape: tuple[int, ...]) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.int64, shape, elements=SMALL_INTS)


def int_matrices(key: str) -> st.SearchStrategy[np.ndarray]:
    return shared_shape(key).flatmap(int_arrays)


def int_lists(key: str) -> st.SearchStrategy[list[list[int]]]:
    """The nested Python lists of the "without NumPy" problems: a matrix is a list of rows."""
    return int_matrices(key).map(np.ndarray.tolist)


def fixed_size_mistake(rows: int = 2, cols: int = 2) -> Mistake:
    """The notes start from a fixed `res = [[0, 0], [0, 0]]`: right for their own example only."""
    return Mistake(text(f"결과가 입력과 상관없이 {rows}x{cols} 입니다. res 를 [[0, 0], ...] 로 고정하지 말고 "
                        "len(m), len(m[0]) 으로 크기를 정해 만드세요.",
                        f"The result is {rows}x{cols} whatever the input. Do not fix res as [[0, 0], ...]: "
                        "size it from len(m) and len(m[0])."),
                   when=lambda args, actual: isinstance(actual, list) and len(actual) == rows
                   and all(isinstance(r, list) and len(r) == cols for r in actual)
                   and (len(args[0]), len(args[0][0])) != (rows, cols))


def drawn_axes(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The one axes the learner drew in (the last one with lines, points or an image)."""
    drawn = [ax for figure in figures for ax in figure["axes"] if ax["lines"] or ax["scatter"] or ax["images"]]
    if not drawn:
        raise Fail("values", text("축은 있지만 그려진 선·점·이미지가 없습니다.", "There are axes, but no line, point or image was drawn."),
                   show_values=False)
    return drawn[-1]


def expect_line(line: dict[str, Any], x: Any, y: Any, what: str) -> None:
    """A drawn line has exactly these x and y data (as floats: matplotlib keeps whatever it was given)."""
    if len(line["y"]) != len(y):
        raise Fail("shape", text(f"{what} 선의 점이 {len(line['y'])} 개인데 주어진 데이터는 {len(y)} 개입니다. "
                                 "고정된 데이터가 아니라 인자로 받은 데이터를 그리세요.",
                                 f"{what} the line has {len(line['y'])} points, the data given has {len(y)}. "
                                 "Draw the data passed in, not a fixed one."), show_values=False)
    expect_equal(line["x"], np.asarray(x, dtype=float), what=f"{what} x", dtype=None)
    expect_equal(line["y"], np.asarray(y, dtype=float), what=f"{what} y", dtype=None)


def expect_grid(ax: dict[str, Any]) -> None:
    if not ax["grid"]:
        raise Fail("values", text("격자(grid)가 없습니다: plt.grid() 를 부르세요.", "There is no grid: call plt.grid()."),
                   show_values=False)


def expect_labels(ax: dict[str, Any], **wanted: str) -> None:
    """title / xlabel / ylabel strings, compared as strings (Korean included), outer spaces ignored."""
    names = {"title": ("제목", "title"), "xlabel": ("x축 라벨", "x label"), "ylabel": ("y축 라벨", "y label")}
    for key, expected in wanted.items():
        actual = ax[key].strip()
        if actual != expected:
            swapped = {"xlabel": "ylabel", "ylabel": "xlabel"}.get(key)
            hint = text("x축과 y축 라벨이 뒤바뀌었습니다.", "The x and y labels are swapped.") \
                if swapped and actual == wanted.get(swapped) else None
            ko, en = names[key]
            raise Fail("values", text(f"{ko}이(가) '{expected}' 이어야 하는데 '{actual}' 입니다.",
                                      f"The {en} should be '{expected}', got '{actual}'."),
                       expected=expected, actual=actual, hint=hint)


def shows_image(name: str, fixture: str, title: Any = None) -> Figure:
    """`name(path)` reads the fixture image and shows it with imshow: the figure holds the file's pixels.

    The learner may read it with matplotlib (PNG: floats 0-1) or Pillow (bytes 0-255): both are the same picture.
    """
    from matplotlib.image import imread
    from grader.workspace import FIXTURES

    pixels = imread(FIXTURES / fixture)
    pixels = pixels if pixels.dtype.kind == "f" else pixels / 255.0

    def expect(figures: list[dict[str, Any]]) -> None:
        images = drawn_axes(figures)["images"]
        if not images:
            raise Fail("values", text("이미지가 없습니다: plt.imshow(img) 로 보여 주세요.",
                                      "No image: show it with plt.imshow(img)."), show_values=False)
        shape = tuple(images[-1]["shape"])
        if shape[:2] == pixels.shape[:2] and len(shape) == 2:
            raise Fail("shape", text(f"{shape} 흑백(한 채널) 이미지입니다. 컬러 이미지 전체 {pixels.shape} 를 보여 주세요.",
                                     f"A {shape} single-channel image. Show the whole colour image {pixels.shape}."),
                       expected=pixels.shape, actual=shape,
                       hint=text("img[:, :, 0] 처럼 채널 하나만 고르면 색이 사라지고 컬러맵으로 칠해집니다.",
                                 "Picking one channel (img[:, :, 0]) drops the colours: imshow paints it with a colour map."))
        if shape[:2] != pixels.shape[:2]:
            raise Fail("shape", text(f"이미지 크기가 {pixels.shape} 이어야 하는데 {shape} 입니다. 주어진 경로의 파일을 읽었나요?",
                                     f"The image should be {pixels.shape}, got {shape}. Did you read the file at the given path?"),
                       expected=pixels.shape, actual=shape)
        shown = images[-1]["array"]
        shown = np.asarray(shown, dtype=float) / (255.0 if np.asarray(shown).dtype.kind in "iu" else 1.0)
        shown = shown[..., :pixels.shape[2]] if shown.ndim == 3 else shown  # an alpha channel changes nothing here
        if shown.shape == pixels.shape and not np.allclose(shown, pixels, atol=1 / 255):
            hint = text("빨강과 파랑 채널이 바뀌었습니다 (OpenCV 는 BGR 순서로 읽습니다).",
                        "Red and blue are swapped (OpenCV reads BGR).") \
                if np.allclose(shown[..., ::-1], pixels, atol=1 / 255) else None
            raise Fail("values", text("보여 준 이미지의 픽셀이 파일과 다릅니다.", "The pixels shown differ from the file's."),
                       show_values=False, hint=hint)

    return Figure(name, expect, args=(f"fixtures/{fixture}",),
                  title=title or text(f"{fixture} 를 읽어 imshow 로 표시", f"reads {fixture} and shows it with imshow"))


HEART = ([6, 4, 2, 0, 2, 4, 6], [6, 8, 8, 6, 8, 8, 6])  # the notes' two lists (p012, p013)
SMALL_HEART = ([4, 2, 0, 2, 4], [4, 6, 4, 6, 4])


def heart_figure(name: str, lower: list[int], upper: list[int], title: str | None = None) -> Figure:
    """`name(lower, upper)` draws both lists as red lines over a grid (and, when given, with this title)."""
    def expect(figures: list[dict[str, Any]]) -> None:
        ax = drawn_axes(figures)
        lines = ax["lines"]
        if len(lines) < 2:
            raise Fail("values", text(f"선이 {len(lines)} 개입니다: 두 리스트를 각각 plt.plot 으로 그리세요.",
                                      f"{len(lines)} line(s): draw each of the two lists with plt.plot."), show_values=False)
        for half, data in (("lower", lower), ("upper", upper)):
            line = next((ln for ln in lines if len(ln["y"]) == len(data) and np.allclose(ln["y"], data)), None)
            if line is None:
                raise Fail("values", text(f"{data} 를 그린 선이 없습니다 (인자로 받은 리스트를 그리세요).",
                                          f"No line draws {data} (draw the lists passed in)."),
                           expected=np.asarray(data, dtype=float), actual=[ln["y"] for ln in lines])
            expect_line(line, np.arange(len(data)), data, f"{half}:")
            if line["color"] != "#ff0000":
                raise Fail("values", text(f"선 색이 빨강이어야 하는데 {line['color']} 입니다: plt.plot(..., color='red').",
                                          f"The line should be red, it is {line['color']}: plt.plot(..., color='red')."),
                           expected="#ff0000", actual=line["color"])
        expect_grid(ax)
        if title is not None and ax["title"].strip() != title:
            if title in [figure["suptitle"].strip() for figure in figures]:
                raise Fail("values", text(f"제목이 '{title}' 이어야 합니다.", f"The title should be '{title}'."),
                           expected=title, actual=ax["title"],
                           hint=text("plt.suptitle 은 그림 전체의 제목입니다. 그래프(축)의 제목은 plt.title 입니다.",
                                     "plt.suptitle titles the whole figure. The graph's (axes') title is plt.title."))
            expect_labels(ax, title=title)

    which = text("노트의 하트", "the notes' heart") if (lower, upper) == HEART else text("다른 두 리스트", "two other lists")
    return Figure(name, expect, args=(lower, upper), title=text(f"빨간 두 선과 격자: {which.ko}", f"two red lines and a grid: {which.en}"))


# The notes' x, y of p014-p016 (months and house prices), and other data so that a fixed plot fails.
HOUSE_PRICES = (np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4]))
HOUSE_PRICES_GIVEN = "x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])\ny = np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4])"
OTHER_PRICES = (np.array([2, 3, 5, 8, 13, 21]), np.array([1.5, -2.0, 4.0, 4.5, 0.0, 7.25]))


def house_price_figures(name: str, expect_for: Callable[[np.ndarray, np.ndarray], Callable[[list], None]],
                        caption: Text) -> tuple[Figure, Figure]:
    """`name(x, y)` drawn twice, on the notes' data and on other data; expect_for(x, y) judges each figure."""
    return tuple(Figure(name, expect_for(x, y), args=(x, y), title=text(f"{caption.ko}: {which.ko}", f"{caption.en}: {which.en}"))
                 for (x, y), which in ((HOUSE_PRICES, text("노트의 x, y", "the notes' x, y")),
                                       (OTHER_PRICES, text("다른 x, y", "other x, y"))))


# p017 / p018: the yearly openings (rebuilt from the notes) and closings (synthetic) of fixtures/make_csv.py.
OPENINGS_CSV, CLOSINGS_CSV = "창업건수.csv", "폐업건수.csv"
CHICKEN_COLUMN = 4  # column 0 is the year; the notes plot column 4, 치킨집


def expect_chicken_line(line: dict[str, Any], fixture: str, what: str) -> None:
    """The line is (years, chicken counts) of the fixture CSV, with its two classic slips named."""
    from grader.workspace import FIXTURES

    columns = np.loadtxt(FIXTURES / fixture, skiprows=1, unpack=True, delimiter=",")
    if len(line["x"]) == columns.shape[0] and np.allclose(line["x"], columns[:, 0]):
        raise Fail("values", text(f"{what}: x 가 연도가 아니라 2005년 한 행입니다. np.loadtxt(..., unpack=True) 로 읽어야 "
                                  "chi[0] 이 연도 전체, chi[4] 가 치킨집 전체가 됩니다.",
                                  f"{what}: x is not the years but the row of 2005. Read with np.loadtxt(..., unpack=True): "
                                  "then chi[0] holds every year and chi[4] every chicken count."),
                   expected=columns[0], actual=line["x"])
    other = next((k for k, column in enumerate(columns) if k != CHICKEN_COLUMN and len(line["y"]) == len(column)
                  and np.allclose(line["y"], column)), None)
    if other is not None and np.allclose(line["x"], columns[0]):
        raise Fail("values", text(f"{what}: y 가 {other}번 열입니다. 치킨집은 {CHICKEN_COLUMN}번 열 (0번 = 연도, 다섯 번째 열) 입니다.",
                                  f"{what}: y is column {other}. Chicken restaurants are column {CHICKEN_COLUMN} "
                                  "(column 0 = year: the fifth column)."),
                   expected=columns[CHICKEN_COLUMN], actual=line["y"])
    expect_line(line, columns[0], columns[CHICKEN_COLUMN], what)


# -- ch03: MNIST, the book's weights and a handwriting photo, on the practice fixtures ---------------
# The learner's code reads the practice files in the worker (load_mnist / load_sample_weight find them
# through DLSCRATCH_FIXTURES); the grader reads the same files here, through the same public `dataset`
# package, and computes the truth with its own network_pass: no reference solution needed.

MNIST_AND_WEIGHTS = MNIST_FIXTURES + (SAMPLE_WEIGHT_FIXTURE,)
HANDWRITING_PHOTO = "photos/handwritten_3.jpg"  # made by fixtures/make_fixtures.py


def _with_practice_files(read: Callable[[], Any]) -> Any:
    """`read()` with DLSCRATCH_FIXTURES pointing at the repository's fixtures/, as the worker sees them."""
    import os

    from grader.workspace import FIXTURES

    before = os.environ.get("DLSCRATCH_FIXTURES")
    os.environ["DLSCRATCH_FIXTURES"] = str(FIXTURES)
    try:
        return read()
    finally:
        if before is None:
            del os.environ["DLSCRATCH_FIXTURES"]
        else:
            os.environ["DLSCRATCH_FIXTURES"] = before


def practice_mnist(**options: Any) -> tuple:
    """load_mnist(**options) on the practice files: ((x_train, t_train), (x_test, t_test))."""
    from dataset.mnist import load_mnist

    return _with_practice_files(lambda: load_mnist(**options))


def practice_weights() -> dict[str, np.ndarray]:
    from dataset.sample_weight import load_sample_weight

    return _with_practice_files(load_sample_weight)


def practice_test_set() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test) as the book's get_data() returns them: normalised, flattened, plain labels."""
    return practice_mnist(normalize=True, flatten=True, one_hot_label=False)[1]


def practice_photo() -> np.ndarray:
    """The handwriting photo fixture in MNIST's convention, one row of 784."""
    from dataset.handwriting import to_mnist
    from grader.workspace import FIXTURES

    return to_mnist(FIXTURES / HANDWRITING_PHOTO).reshape(784)


def on_practice_data(name: str, calls: Sequence[tuple], expected: Callable[..., Any], title: Text,
                     mistakes: Sequence[Mistake] = (), dtype: str | None = "kind", rtol: float = 1e-6) -> Custom:
    """`name(*args)` for each args in `calls` (run on the practice files) equals `expected(*args)` computed here.

    An argument may be a callable: it is replaced by its value (the practice network, images...) first.
    """
    def run(ctx: Context) -> None:
        for call in calls:
            args = tuple(a() if callable(a) else a for a in call)
            actual = ctx.session.call(name, *args, seed=ctx.seed)
            try:
                expect_equal(actual, expected(*args), what=name, rtol=rtol, dtype=dtype)
            except Fail as error:
                error.input = call if all(not isinstance(a, np.ndarray) and not callable(a) for a in call) else None
                error.hint = error.hint or next((m.says for m in mistakes if m.matches(args, actual)), None)
                raise

    return Custom(run, title=title)


def predicted_digits(network: dict, x: np.ndarray) -> np.ndarray:
    """The digit the network picks for every row of x (softmax does not change the argmax, but it is the book's)."""
    return np.argmax(network_pass(network, x, output=_softmax), axis=-1)


def digit_networks(n_in: int = 4, classes: int = 3) -> st.SearchStrategy:
    """Small n_in-3-3-classes networks with biases: the MNIST code's shapes in miniature."""
    shapes = {"W1": (n_in, 3), "b1": (3,), "W2": (3, 3), "b2": (3,), "W3": (3, classes), "b3": (classes,)}
    return st.fixed_dictionaries({k: hnp.arrays(np.float64, s, elements=_FLOATS) for k, s in shapes.items()})


def labelled_images(n_in: int = 4, classes: int = 3, max_rows: int = 9) -> list[st.SearchStrategy]:
    """[x, t]: 1 to max_rows images of n_in pixels, and as many labels (the two draws share the row count)."""
    rows = st.shared(st.integers(1, max_rows), key=f"labelled-images-{n_in}-{classes}")
    return [rows.flatmap(lambda n: hnp.arrays(np.float64, (n, n_in), elements=st.floats(0, 1, width=64))),
            rows.flatmap(lambda n: hnp.arrays(np.int64, (n,), elements=st.integers(0, classes - 1)))]


def practice_get_data_check(name: str = "get_data") -> Custom:
    """get_data() returns the practice test set as the book loads it (normalize=True, flatten=True)."""
    def expected() -> tuple:
        return practice_test_set()

    train_images = lambda: practice_mnist(normalize=True, flatten=True)[0][0]  # noqa: E731
    return on_practice_data(name, [()], expected, title=text("연습용 MNIST의 (x_test, t_test)", "the practice MNIST (x_test, t_test)"),
                            mistakes=(
                                Mistake(text("훈련 데이터를 돌려주었습니다: get_data()는 시험 데이터 (x_test, t_test)를 돌려줍니다.",
                                             "It returns the training set: get_data() returns the test set (x_test, t_test)."),
                                        when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                        and np.shape(actual[0]) == train_images().shape),
                                Mistake(text("normalize=True 를 주지 않았습니다: 픽셀이 0~255 정수 그대로입니다 (0.0~1.0 이어야 합니다).",
                                             "normalize=True is missing: the pixels are still integers 0-255 (they should be 0.0-1.0)."),
                                        when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                        and isinstance(actual[0], np.ndarray) and actual[0].dtype.kind in "iu"),
                                RETURNS_NONE))


def practice_weights_check(name: str = "init_network") -> Custom:
    """init_network() returns the (practice) sample weights: a dict of the book's six arrays."""
    return on_practice_data(
        name, [()], lambda: practice_weights(), dtype="exact",
        title=text("sample_weight 의 W1, b1, W2, b2, W3, b3", "sample_weight's W1, b1, W2, b2, W3, b3"),
        mistakes=(RETURNS_NONE,
                  Mistake(text("딕셔너리 자체를 돌려주세요: 키 'W1' ~ 'b3' 로 배열을 꺼내 쓰는 것이 책의 방식입니다.",
                               "Return the dict itself: the book takes the arrays out by the keys 'W1' to 'b3'."),
                          when=lambda args, actual: isinstance(actual, (list, tuple)))))


PRACTICE_NOTE = ("채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.\n"
                 "Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.")


def digit_count_checks(name: str, expected: Callable[..., Any], batch_size: bool = False,
                       mistakes: Sequence[Mistake] = (), dtype: str | None = "kind") -> tuple[Check, ...]:
    """`name(network, x, t[, batch_size])` on generated small networks and labelled images, then on the practice
    test set with the practice weights (batches of 100); `expected(...)` with the same arguments is the truth."""
    sizes = [st.integers(1, 4)] if batch_size else []
    return (
        Holds(name, [digit_networks(), *labelled_images(), *sizes],
              lambda args, actual: expect_equal(actual, expected(*args), what=name, dtype=dtype),
              title=text("작은 무작위 신경망과 이미지 (입력 4, 클래스 3)", "small generated networks and images (4 inputs, 3 classes)"),
              mistakes=mistakes),
        on_practice_data(name, [(practice_weights, lambda: practice_test_set()[0], lambda: practice_test_set()[1],
                                 *([100] if batch_size else []))],
                         expected, mistakes=mistakes, dtype=dtype,
                         title=text("연습용 가중치로 연습용 시험 데이터 전체", "the whole practice test set with the practice weights")),
    )


def predict_checks(name: str = "predict") -> tuple[Check, ...]:
    """The book's predict(network, x) for MNIST: sigmoid, sigmoid, softmax, with biases; one image or a batch."""
    mistakes = _network_mistakes("softmax", lambda network, x: (network, x))
    return (
        Example(name, (book_network(), BOOK_INPUT), np.array([0.40625907, 0.59374093]), mistakes=mistakes, dtype=None,
                title=text("책의 신경망 (3.4.3절), x = [1.0, 0.5]", "the book's network (section 3.4.3), x = [1.0, 0.5]")),
        Holds(name, [networks(), st.one_of(samples(), batches())],
              lambda args, actual: expect_equal(actual, network_pass(*args, output=_softmax), dtype=None),
              title=text("무작위 신경망과 입력 (표본 하나 또는 배치)", "generated networks and inputs (one sample or a batch)"),
              mistakes=mistakes),
        on_practice_data(name, [(practice_weights, lambda: practice_test_set()[0][0])],
                         lambda network, x: network_pass(network, x, output=_softmax), mistakes=mistakes, dtype=None, rtol=1e-4,
                         title=text("연습용 가중치로 시험 이미지 x[0]", "the practice weights on test image x[0]")),
    )


def correct_and_percent(network: dict, x: np.ndarray, t: np.ndarray, batch_size: int | None = None) -> tuple[int, float]:
    """(images recognised, accuracy in percent rounded to 2 decimals), as the notes print them."""
    correct = int(np.sum(predicted_digits(network, x) == t))
    return correct, round(correct / len(x) * 100, 2)


FRACTION_NOT_PERCENT = Mistake(
    text("정확도를 비율(0~1)로 돌려주었습니다: 노트처럼 백분율로, round(cnt / len(x) * 100, 2).",
         "The accuracy is a fraction (0-1): give it in percent as the notes do, round(cnt / len(x) * 100, 2)."),
    when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
    and np.isclose(float(actual[1]), correct_and_percent(*args)[0] / len(args[1])) and len(args[1]) > 0
    and correct_and_percent(*args)[0] > 0)


# -- chapter 3: the notes' table of predictions (problems 66-68, 82-83), ten probabilities per row ---------

NOTES_PREDICTIONS = [[0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0],
                     [0.1, 0.05, 0.2, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
                     [0.0, 0.05, 0.3, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
                     [0.0, 0.05, 0.4, 0.0, 0.05, 0.0, 0.0, 0.5, 0.0, 0.0],
                     [0.0, 0.05, 0.5, 0.0, 0.05, 0.0, 0.0, 0.4, 0.0, 0.0],
                     [0.0, 0.05, 0.6, 0.0, 0.05, 0.0, 0.0, 0.3, 0.0, 0.0],
                     [0.0, 0.05, 0.7, 0.0, 0.05, 0.0, 0.0, 0.2, 0.0, 0.0],
                     [0.0, 0.1, 0.8, 0.0, 0.1, 0.0, 0.0, 0.2, 0.0, 0.0],
                     [0.0, 0.05, 0.9, 0.0, 0.05, 0.0, 0.0, 0.0, 0.0, 0.0]]
NOTES_PREDICTIONS_10 = NOTES_PREDICTIONS + [NOTES_PREDICTIONS[-1]]  # problem 82 repeats the last row
NOTES_PREDICTIONS_GIVEN = "x = [" + ",\n     ".join(str(row) for row in NOTES_PREDICTIONS) + "]"


def nested_lists(min_dims: int = 1, max_dims: int = 3) -> st.SearchStrategy:
    """Nested Python lists of floats (rectangular), 1 to 3 levels deep, a few elements per level."""
    return hnp.arrays(np.float64, hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=1, max_side=4),
                      elements=st.floats(0, 1, width=64)).map(lambda a: a.tolist())


# Stub pieces of the MNIST problems: each learner file stands alone, so several stubs start with the same helpers.
GET_DATA_STUB = '''

def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test): load_mnist(normalize=True, flatten=True, one_hot_label=False) (problem 73)."""
    raise NotImplementedError
'''
INIT_NETWORK_STUB = '''

def init_network() -> dict[str, np.ndarray]:
    """The trained weights: load_sample_weight() (problem 75)."""
    raise NotImplementedError
'''
PREDICT_STUB = '''

def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError
'''
