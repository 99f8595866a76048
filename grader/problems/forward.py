"""Chapter 3: the 3-layer forward pass and softmax, with the grader's own small implementations."""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Check,
    Custom,
    Example,
    Fail,
    Holds,
    Mistake,
    expect_equal,
    for_all,
    text,
)
from grader.problems.common import RETURNS_NONE

# -- chapter 3: the 3-layer network and softmax -----------------------------------------------------
# The grader's own small implementations: checks cannot import reference/ (a learner release has none),
# and the named mistakes below are variations of them.

def sigmoid(x: np.ndarray) -> np.ndarray:
    # For x -> -inf, exp(-x) overflows to inf and 1/inf is the right 0: silence the warning, keep the value.
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-np.asarray(x, dtype=float)))


def identity(x: np.ndarray) -> np.ndarray:
    return x


def softmax(x: np.ndarray, axis: int | None = -1) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def finite_array(actual: Any) -> bool:
    return isinstance(actual, np.ndarray) and actual.dtype.kind in "fc" and bool(np.all(np.isfinite(actual)))


def _rows_with_the_batch_max_only(logits: Any, actual: Any) -> bool:
    """The pattern of exp(a - np.max(a)) over a whole batch: the rows holding the batch's maximum are right,
    and a row far below it underflows to 0/0 = nan."""
    logits = np.asarray(logits, dtype=float)
    if logits.ndim != 2 or not isinstance(actual, np.ndarray) or actual.shape != logits.shape or actual.dtype.kind not in "fc":
        return False
    finite = np.isfinite(actual).all(axis=-1)
    top = logits.max(axis=-1) == logits.max()
    return bool(finite[top].all() and not finite.all() and np.allclose(actual[top], softmax(logits[top])))


def softmax_failures(logits_of: Callable[..., Any]) -> list[Mistake]:
    """The two ways a softmax breaks on large inputs; logits_of(*args) gives the softmax's input for a check's args."""
    return [
        Mistake(text("배치 전체의 최댓값을 뺐습니다: 최댓값에서 멀리 떨어진 행은 exp 가 모두 0 이 되어 0/0 = nan 입니다. "
                     "행마다 최댓값을 빼세요: np.max(a, axis=-1, keepdims=True) (책의 c = np.max(a) 는 벡터 하나용입니다).",
                     "It subtracts the maximum of the whole batch: a row far below it gets exp = 0 everywhere, and 0/0 is nan. "
                     "Subtract each row's own maximum: np.max(a, axis=-1, keepdims=True) (the book's c = np.max(a) is for one vector)."),
                when=lambda args, actual: _rows_with_the_batch_max_only(logits_of(*args), actual)),
        Mistake(text("오버플로: exp 전에 최댓값을 빼세요. exp(1010)은 inf가 되고 inf/inf는 nan입니다.",
                     "overflow: subtract the max before exp. exp(1010) is inf, and inf/inf is nan."),
                when=lambda args, actual: isinstance(actual, np.ndarray) and not finite_array(actual)
                and not _rows_with_the_batch_max_only(logits_of(*args), actual)),
    ]


BATCH_MAX, UNSHIFTED_EXP = softmax_failures(lambda x, *rest: x)
FAR_APART_ROWS = np.array([[1010.0, 1000.0], [0.0, 1.0]])  # the second row is 1010 below the batch's maximum


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


def network_pass(network: dict, x: np.ndarray, output: Callable = identity, hidden: Callable = sigmoid,
                 biases: bool = True) -> np.ndarray:
    """The 3-layer forward pass; `hidden`, `output` and `biases` let the mistakes below be described."""
    z = np.asarray(x, dtype=float)
    for i in (1, 2, 3):
        a = np.dot(z, network[f"W{i}"]) + (network.get(f"b{i}", 0) if biases else 0)
        z = hidden(a) if i < 3 else output(a)
    return z


FLOATS = st.floats(-3, 3, allow_nan=False, width=64)


def samples(n_in: int = 2) -> st.SearchStrategy:
    """One sample of shape (n_in,)."""
    return hnp.arrays(np.float64, (n_in,), elements=FLOATS)


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
            ctx.changed_inputs.clear()
            whole = ctx.call(name, *rest, batch)
            rows = [np.asarray(ctx.call(name, *rest, row)) for row in batch]
            try:
                expect_equal(whole, np.stack(rows), what=f"{name}(batch)", dtype=None)
            except Fail as error:
                error.message = text(f"배치(행마다 표본 하나)의 결과가 행을 하나씩 넣은 결과와 다릅니다. {error.message.ko}",
                                     f"The batch result (one sample per row) differs from the rows one at a time. {error.message.en}")
                error.hint = error.hint or next((m.says for m in mistakes if m.matches(args, whole)), None)
                raise
            ctx.refuse_changed_inputs()

        for_all(ctx, strategies, body)

    return Custom(run, title=text("배치 = 행마다 따로 계산한 결과", "a batch gives the same rows as one sample at a time"))


def _normalised_elsewhere(logits: np.ndarray, actual: np.ndarray) -> bool:
    """actual is a softmax of the logits, normalised over axis 0 or over the whole array instead of each row."""
    return actual.shape == logits.shape and any(
        np.allclose(actual, softmax(logits, axis=axis)) or np.allclose(actual, _softmax_without_max(logits, axis))
        for axis in (0, None))


def _softmax_without_max(logits: np.ndarray, axis: int | None) -> np.ndarray:
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(logits)
        return e / np.sum(e, axis=axis, keepdims=True)


def network_mistakes(output: str, unpack: Callable[..., tuple[dict, np.ndarray]], biases: bool = True) -> list[Mistake]:
    """The classic slips in a 3-layer pass; `unpack(*args)` turns a check's arguments into (network, x).
    Without `biases` (the notes' pass of x, W1, W2, W3, which has none) a forgotten bias cannot happen."""
    outputs = {"identity": identity, "softmax": softmax}
    other = "softmax" if output == "identity" else "identity"

    def like(**changes: Any) -> Callable[..., np.ndarray]:
        return lambda *args: network_pass(*unpack(*args), **({"output": outputs[output]} | changes))

    mistakes = [
        Mistake(text(f"출력층에 시그모이드를 썼습니다. 출력층은 {output} 함수입니다 (시그모이드는 은닉층에만).",
                     f"Sigmoid on the output layer: the output layer uses the {output} function (sigmoid is for the hidden layers)."),
                like=like(output=sigmoid)),
        Mistake(text(f"출력층이 {other} 함수입니다. 이 문제의 출력층은 {output} 함수입니다.",
                     f"The output layer is the {other} function; in this problem it is the {output} function."),
                like=like(output=outputs[other])),
        Mistake(text("편향을 더하지 않았습니다: 층마다 a = x·W + b 입니다 (편향이 없는 신경망이면 network.get('b1', 0)).",
                     "The biases are missing: each layer is a = x·W + b (network.get('b1', 0) when a network has none)."),
                like=like(biases=False)),
        Mistake(text("은닉층에 시그모이드를 통과시키지 않았습니다.", "The hidden layers skip the sigmoid."),
                like=like(hidden=identity)),
        RETURNS_NONE,
    ]
    if not biases:
        del mistakes[2]
    if output == "softmax":
        mistakes[:0] = softmax_failures(lambda *args: network_pass(*unpack(*args), output=identity))
        mistakes.insert(0, Mistake(text("소프트맥스를 잘못된 축으로 정규화했습니다: 배치에서는 행(표본)마다 합이 1이어야 합니다 (axis=-1, keepdims=True).",
                                        "Softmax normalised over the wrong axis: in a batch each row (sample) must sum to 1 (axis=-1, keepdims=True)."),
                                   when=lambda args, actual: np.ndim(unpack(*args)[1]) == 2 and finite_array(actual)
                                   and actual.ndim == 2 and not np.allclose(actual.sum(axis=-1), 1)
                                   and _normalised_elsewhere(network_pass(*unpack(*args), output=identity), actual)))
    return mistakes


def far_apart_network() -> dict[str, np.ndarray]:
    """A 2-3-2-2 network whose output layer gets rows about 2000 apart on FAR_APART_INPUTS (a3 ≈ [2000, 1980] and
    [13, 13]): a softmax that subtracts the batch's maximum, not each row's, gives nan on the second row."""
    return {"W1": np.ones((2, 3)), "b1": np.zeros(3), "W2": np.full((3, 2), 10.0), "b2": np.full(2, -5.0),
            "W3": np.array([[1000.0, 990.0], [1000.0, 990.0]]), "b3": np.zeros(2)}


FAR_APART_INPUTS = np.array([[10.0, 10.0], [-10.0, -10.0]])


def far_apart_example(name: str, mistakes: Sequence[Mistake]) -> Example:
    network = far_apart_network()
    return Example(name, (network, FAR_APART_INPUTS), network_pass(network, FAR_APART_INPUTS, output=softmax),
                   mistakes=mistakes, dtype=None,
                   title=text("출력층의 두 행이 아주 멀리 떨어진 배치 (a3 ≈ [2000, 1980] 과 [13, 13])",
                              "a batch whose output-layer rows are far apart (a3 ≈ [2000, 1980] and [13, 13])"))


def forward_checks(name: str, output: str, course_expected: np.ndarray, book_expected: np.ndarray) -> tuple[Check, ...]:
    """Checks of `name(network, x)`, the 3-layer pass with sigmoid hidden layers and an `output` layer
    ("identity" or "softmax"): the notes' and the book's numbers, generated networks, and batches."""
    out = {"identity": identity, "softmax": softmax}[output]
    mistakes = network_mistakes(output, lambda network, x: (network, x))
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
    ) + ((far_apart_example(name, mistakes),) if output == "softmax" else ())


def weights_pass_checks(name: str, course_expected: np.ndarray) -> tuple[Check, ...]:
    """Checks of `name(x, W1, W2, W3)`: the notes' pass before the network became a dict (no biases, identity output)."""
    unpack = lambda x, W1, W2, W3: ({"W1": W1, "W2": W2, "W3": W3}, x)  # noqa: E731
    mistakes = network_mistakes("identity", unpack, biases=False)
    net = course_network()
    weights = [hnp.arrays(np.float64, shape, elements=FLOATS) for shape in ((2, 3), (3, 2), (2, 2))]
    return (
        Example(name, (COURSE_INPUT, net["W1"], net["W2"], net["W3"]), course_expected, mistakes=mistakes, dtype=None,
                title=text("강의 노트의 가중치, x = [1, 2]", "the notes' weights, x = [1, 2]")),
        Holds(name, [samples(), *weights], lambda args, actual: expect_equal(actual, network_pass(*unpack(*args)), dtype=None),
              title=text("무작위 가중치와 입력", "generated weights and inputs"), mistakes=mistakes),
    )


_SOFTMAX_MISTAKES = (
    BATCH_MAX,
    UNSHIFTED_EXP,
    Mistake(text("소프트맥스를 잘못된 축으로 정규화했습니다: 배치에서는 행마다, 마지막 축으로 합해야 합니다 (axis=-1, keepdims=True). "
                 "axis=0 이나 배열 전체의 합이 아닙니다.",
                 "Softmax normalised over the wrong axis: for a batch, sum row by row along the last axis (axis=-1, keepdims=True), "
                 "not along axis 0 nor over the whole array."),
            when=lambda args, actual: np.ndim(args[0]) == 2 and finite_array(actual) and actual.shape == args[0].shape
            and any(np.allclose(actual, softmax(args[0], axis=axis)) for axis in (0, None))),
    RETURNS_NONE,
)


def softmax_checks(name: str) -> tuple[Check, ...]:
    """softmax along the last axis: the notes' example, the values, sums of 1, shift invariance, no overflow."""
    vectors_or_batches = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=4),
                                    elements=st.floats(-5, 5, width=64))
    large = hnp.arrays(np.float64, st.integers(2, 4), elements=st.floats(500, 2000, width=64))

    def is_softmax(args: tuple, actual: Any) -> None:
        # The sums first: "the rows do not sum to 1" says more than a wrong number somewhere.
        if isinstance(actual, np.ndarray) and actual.shape == args[0].shape and finite_array(actual) \
                and not np.allclose(np.sum(actual, axis=-1), 1):
            sums = np.array2string(np.sum(actual, axis=-1), precision=4)
            raise Fail("property", text(f"마지막 축(행마다)의 합이 1이 아니라 {sums} 입니다.",
                                        f"The sums along the last axis (row by row) are {sums}, not 1."))
        expect_equal(actual, softmax(args[0]), dtype=None)

    def shift_invariant(ctx: Any) -> None:
        def body(x: np.ndarray, c: float) -> None:
            ctx.changed_inputs.clear()
            expect_equal(ctx.call(name, x + c), ctx.call(name, x), what=f"{name}(x + {c:g})", dtype=None)
            ctx.refuse_changed_inputs()

        for_all(ctx, [vectors_or_batches, st.floats(-50, 50, width=64)], body)

    return (
        Example(name, (np.array([1010, 1000, 990]),), np.array([9.99954600e-01, 4.53978686e-05, 2.06106005e-09]),
                rtol=1e-6, mistakes=_SOFTMAX_MISTAKES, dtype=None),
        Holds(name, [vectors_or_batches], is_softmax, mistakes=_SOFTMAX_MISTAKES,
              title=text("벡터와 배치: 값, 그리고 마지막 축의 합 = 1", "vectors and batches: the values, and sums of 1 along the last axis")),
        Custom(shift_invariant, title=text("입력에 상수를 더해도 결과가 같음", "adding a constant to the input changes nothing")),
        Holds(name, [large], lambda args, actual: expect_equal(actual, softmax(args[0]), dtype=None),
              mistakes=_SOFTMAX_MISTAKES, title=text("큰 입력 (500~2000)에서도 오버플로 없음", "no overflow on large inputs (500 to 2000)")),
        Example(name, (FAR_APART_ROWS,), softmax(FAR_APART_ROWS), mistakes=_SOFTMAX_MISTAKES, dtype=None,
                title=text("행끼리 멀리 떨어진 배치 [[1010, 1000], [0, 1]]: 행마다 최댓값을 뺌",
                           "a batch of rows far apart, [[1010, 1000], [0, 1]]: each row's own maximum is subtracted")),
    )


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
