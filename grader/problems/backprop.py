"""Chapter 5: the ReLU, Sigmoid, Affine and SoftmaxWithLoss layers (problems 140-158) and the backprop
TwoLayerNet of the book's chapter 5 (problems 134 and 158).

The truths are the grader's own few lines of NumPy (relu, affine, softmax, cross entropy, backprop by hand):
no check here needs the reference solutions.
"""
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
    Holds,
    LayerGradient,
    Mistake,
    expect_equal,
    for_all,
    refuse_changed_input,
    text,
)
from grader.gradcheck import relative_error
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.forward import sigmoid, softmax, softmax_checks
from grader.problems.layers import SHARED_STATE
from grader.problems.learning import MISSING_DELTA, cross_entropy
from grader.problems.network_checks import LAYERS_ON_COPIES, backprop_order, data_input, gradient_fail, move_params
from grader.problems.two_layer_net import (
    NOT_DIVIDED,
    ONE_HOT_NO_ARGMAX,
    PARAMS,
    STUB_FUNCTIONS,
    loss_mistakes,
    new_net,
)
from grader.sandbox.session import Handle, LearnerError
from grader.spec import Text, text

# -- the grader's own truths -----------------------------------------------------------------------------

def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(0, x)


def affine(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.dot(x, W) + b


def affine_grads(x: np.ndarray, W: np.ndarray, dout: np.ndarray) -> dict[str, np.ndarray]:
    """dx, dW, db of out = x·W + b for the upstream gradient dout (b broadcast over the batch rows)."""
    return {"dx": np.dot(dout, W.T), "dW": np.dot(x.T, dout), "db": np.sum(dout, axis=0)}


def one_hot_rows(rng: np.random.Generator, n: int, classes: int) -> np.ndarray:
    return np.eye(classes)[rng.integers(0, classes, size=n)]


# -- generated inputs ------------------------------------------------------------------------------------

# ReLU has a kink at 0: the numerical gradient is only trustworthy a step or more away from it.
AWAY_FROM_KINK = st.floats(0.1, 3, width=64) | st.floats(-3, -0.1, width=64)
kinked_arrays = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, max_side=4), elements=AWAY_FROM_KINK)
SHAPES = hnp.array_shapes(min_dims=1, max_dims=2, max_side=4)
SEEDS = st.integers(0, 2**16)
AFFINE_SIZES = st.tuples(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4))  # batch, inputs, outputs


def away_from_kink(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(0.1, 3, size=shape)


def small_ints(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Integers in -5..5: exact results, and easy to follow by hand like the notes' matrices."""
    return rng.integers(-5, 6, size=shape)


def affine_case(size: tuple[int, int, int], seed: int) -> tuple[np.ndarray, ...]:
    """(x, W, b, dout) of matching shapes: x (N, in), W (in, out), b (out,), dout (N, out)."""
    n, n_in, n_out = size
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(n, n_in)), rng.normal(size=(n_in, n_out)), rng.normal(size=n_out),
            rng.normal(size=(n, n_out)))


# -- the learner's classes (each problem's stub takes the ones it needs) ----------------------------------

RELU_STUB = '''

class Relu:
    """ReLU (book p.166): forward(x) = max(0, x); backward(dout) lets dout through where x > 0, 0 elsewhere."""

    def __init__(self) -> None:
        self.mask = None  # forward keeps here where x <= 0 (a bool array): backward needs it

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """Return dx; leave the caller's dout as it was (work on dout.copy())."""
        raise NotImplementedError
'''
SIGMOID_STUB = '''

class Sigmoid:
    """Sigmoid (book p.170): forward(x) = 1 / (1 + exp(-x)); backward(dout) = dout * (1 - y) * y."""

    def __init__(self) -> None:
        self.out = None  # forward keeps its output y here: backward needs only y

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError
'''
AFFINE_STUB = '''

class Affine:
    """The affine layer (book p.175): forward(x) = x·W + b for a batch x (one sample per row).

    backward(dout) returns dx and keeps the parameters' gradients in self.dW and self.db.
    """

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W = W
        self.b = b
        self.x = None  # forward keeps its input here: dW needs it
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> np.ndarray:
        raise NotImplementedError
'''
SOFTMAX_WITH_LOSS_STUB = '''

def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch: subtract each row's max (no overflow), divide by each row's sum (axis=-1, keepdims=True)."""
    raise NotImplementedError


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7), divided by the batch size y.shape[0]; t is one-hot, y a batch (one row per sample)."""
    raise NotImplementedError


class SoftmaxWithLoss:
    """Softmax, then the cross-entropy error (book p.179), for a batch x (N, classes) and one-hot t (N, classes)."""

    def __init__(self) -> None:
        self.loss = None  # the loss
        self.y = None  # softmax's output
        self.t = None  # the one-hot targets

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
        raise NotImplementedError

    def backward(self, dout: float = 1) -> np.ndarray:
        """dx = (y - t) / batch size: the loss is the batch's mean, so each sample's share is divided by N."""
        raise NotImplementedError
'''


def copy_or_import(*pieces: tuple[str, str]) -> str:
    """A stub's note: the classes made in earlier problems, to copy in or to import from their files."""
    imports = ", ".join(f"`from {module} import {name}`" for name, module in pieces)
    return (f"\n# Copy your finished classes from the earlier problems in here, or delete a skeleton and write {imports}\n"
            "# (files of one chapter folder can import each other).\n")


# -- named mistakes --------------------------------------------------------------------------------------

DB_NOT_SUMMED = text("db가 배치에 대해 합해지지 않았습니다: b는 배치의 모든 행에 더해졌으므로 각 행의 기울기가 모두 b로 흘러듭니다. "
                     "db = np.sum(dout, axis=0) (형상은 b와 같은 (출력 수,)).",
                     "db is not summed over the batch: b was added to every row of the batch, so every row's gradient flows "
                     "into it. db = np.sum(dout, axis=0) (the shape of b, (outputs,)).")
DW_TRANSPOSED = text("dW의 곱 순서나 전치가 틀렸습니다: dW = np.dot(x.T, dout) 는 (입력 수, N)·(N, 출력 수) = W와 같은 형상입니다.",
                     "dW has the wrong order or transpose: dW = np.dot(x.T, dout) is (inputs, N)·(N, outputs), the shape of W.")
DX_WITHOUT_TRANSPOSE = text("dx = np.dot(dout, W.T) 입니다: W를 전치해야 (N, 출력 수)·(출력 수, 입력 수) = x와 같은 형상이 됩니다.",
                            "dx = np.dot(dout, W.T): W is transposed, so that (N, outputs)·(outputs, inputs) has the shape of x.")
GLOBAL_X = text("backward가 전역 변수 X를 씁니다 (노트의 버그): forward에서 self.x = x 로 저장한 입력으로 dW = np.dot(self.x.T, dout) 를 구하세요.",
                "backward uses the global variable X (the notes' bug): keep the input in forward (self.x = x) and compute "
                "dW = np.dot(self.x.T, dout).")
BIAS_FORGOTTEN = text("바이어스 b를 더하지 않았습니다: np.dot(X, W) + b.", "The bias b is not added: np.dot(X, W) + b.")
SHAPES_NOT_ALIGNED = text("행렬곱의 순서를 확인하세요: np.dot(X, W) 는 X의 열 수와 W의 행 수가 같아야 합니다 (X·W, W·X가 아니라).",
                          "Check the order of the product: np.dot(X, W) needs as many columns in X as rows in W (X·W, not W·X).")
DX_NOT_DIVIDED = text("backward가 배치 크기로 나누지 않았습니다: 손실이 배치의 평균이므로 dx = (y - t) / batch_size 입니다.",
                      "backward does not divide by the batch size: the loss is the batch's mean, so dx = (y - t) / batch_size.")
SOFTMAX_NOT_NORMALISED = text("softmax의 출력 self.y 의 행의 합이 1이 아닙니다: exp(a - c)를 그 합 np.sum(..., axis=-1, keepdims=True)으로 "
                              "나누세요 (노트의 softmax는 이 나눗셈이 빠졌습니다).",
                              "The rows of softmax's output self.y do not sum to 1: divide exp(a - c) by its sum "
                              "np.sum(..., axis=-1, keepdims=True) (the notes' softmax leaves that division out).")


def _shaped_like(actual: Any, expected: np.ndarray) -> bool:
    return isinstance(actual, np.ndarray) and actual.shape == expected.shape


def _close(actual: Any, expected: Any) -> bool:
    try:
        expect_equal(actual, expected, dtype=None, rtol=1e-6, atol=1e-9)
        return True
    except Fail:
        return False


# -- a layer driven call by call: two objects in turn ------------------------------------------------------

Case = tuple  # (constructor args, x, dout)
Truth = Callable[..., dict[str, Any]]  # (ctor args, x, dout) -> {'out', 'dx', and attribute names}


def layer_drive(cls: str, cases: st.SearchStrategy, truth: Truth, kept: Sequence[str], grads: Sequence[str] = (),
                mistakes: dict[str, Sequence[Mistake]] | None = None, title: Text | None = None,
                example: Case | None = None, dout_may_change: bool = False, changed_dout_hint: Text | None = None) -> Custom:
    """Two objects of `cls`: forward on both, then backward on both, as layers of one network are used.

    `truth(*case)` gives the expected 'out', 'dx', the attributes `kept` after forward (mask, out, x) and the
    attributes `grads` after backward (dW, db). Each object must answer from its own state, and neither forward
    nor backward may change the caller's arrays (unless `dout_may_change`: backward may zero dout in place, as the
    book's Relu does; `changed_dout_hint` says why it may not). `mistakes` names known slips per quantity ('dx', 'db', ...).
    `example` (the notes' data) is driven first, on both objects.
    """
    mistakes = mistakes or {}

    def check(name: str, actual: Any, case: Case, truths: list[dict], what: str | Text) -> None:
        try:
            expect_equal(actual, truths[0][name], what=what, dtype=None, rtol=1e-6, atol=1e-9)
        except Fail as error:
            error.input = {"x": case[1], "dout": case[2]} if name != "out" else {"x": case[1]}
            if _close(actual, truths[1][name]) and not _close(truths[0][name], truths[1][name]):
                error.hint = SHARED_STATE
            else:
                error.hint = next((m.says for m in mistakes.get(name, ()) if m.matches(case, actual)), error.hint)
            raise

    def run(ctx: Context) -> None:
        session = ctx.session

        def body(first: Case, second: Case) -> None:
            pair = (first, second)
            truths = [truth(*case) for case in pair]
            layers = [session.new(cls, *case[0]) for case in pair]
            for layer, case, i in zip(layers, pair, (0, 1)):
                inputs = case[1] if isinstance(case[1], tuple) else (case[1],)  # forward(x) or forward(x, t)
                out = session.method(layer, "forward", *inputs, watch=True)
                refuse_changed_input(session, "forward")
                check("out", out, case, truths[i:] + truths[:i], f"{cls}.forward(x)")
            for name in kept:
                check(name, session.attr(layers[0], name), first, truths, text(f"forward 뒤 self.{name}", f"self.{name} after forward"))
            for layer, case, i in zip(layers, pair, (0, 1)):
                dx = session.method(layer, "backward", case[2], watch=not dout_may_change)
                try:
                    refuse_changed_input(session, "backward")
                except Fail as fail:
                    fail.hint = changed_dout_hint
                    raise
                check("dx", dx, case, truths[i:] + truths[:i], f"{cls}.backward(dout)")
                for name in grads:
                    check(name, session.attr(layer, name), case, truths[i:] + truths[:i], text(f"backward 뒤 self.{name}", f"self.{name} after backward"))

        if example is not None:
            body(example, example)
        for_all(ctx, (cases, cases), body)

    return Custom(run, title or text(f"{cls} 두 개를 번갈아 사용: 순전파, 역전파, 저장한 값", f"two {cls} objects in turn: forward, backward, what they keep"),
                  mistakes=[m for named in mistakes.values() for m in named])


# -- Relu (p140, and the classes of p134, p158) ---------------------------------------------------------

def _relu_case(shape: tuple[int, ...], seed: int) -> Case:
    rng = np.random.default_rng(seed)
    return (), away_from_kink(rng, shape), rng.normal(size=shape)


RELU_CASES = st.builds(_relu_case, SHAPES, SEEDS)


def _relu_truth(_ctor: tuple, x: np.ndarray, dout: np.ndarray) -> dict[str, Any]:
    return {"out": relu(x), "mask": x <= 0, "dx": dout * (x > 0)}


RELU_MISTAKES = {
    "dx": [Mistake(text("backward가 dout을 그대로 돌려주었습니다: 순전파에서 x <= 0 이었던 곳(self.mask)은 기울기를 0으로 막아야 합니다.",
                        "backward returns dout unchanged: where x <= 0 in forward (self.mask), the gradient must be stopped (0)."),
                   when=lambda case, actual: _close(actual, case[2])),
           Mistake(text("마스크가 반대입니다: x > 0 인 곳에서 dout을 흘려보내고, x <= 0 인 곳(self.mask가 True)을 0으로 만드세요.",
                        "The mask is the wrong way round: let dout through where x > 0 and set 0 where x <= 0 (where self.mask is True)."),
                   when=lambda case, actual: _close(actual, case[2] * (case[1] <= 0)))],
    "mask": [Mistake(text("self.mask 는 x <= 0 인 곳이 True 인 bool 배열입니다 (책 166쪽).",
                          "self.mask is the bool array that is True where x <= 0 (book p.166)."),
                     when=lambda case, actual: _close(actual, case[1] > 0))],
}


BOOK_RELU_IN_PLACE = text("책의 Relu.backward 는 dout[self.mask] = 0 으로 호출한 쪽의 dout 을 바꿉니다. 신경망 안에서는 괜찮지만, "
                          "이 문제의 스텁은 dout 을 그대로 두라고 합니다: dx = dout.copy(); dx[self.mask] = 0.",
                          "The book's Relu.backward does dout[self.mask] = 0, which changes the caller's dout. Inside a network that "
                          "is harmless, but this problem's stub asks to leave dout alone: dx = dout.copy(); dx[self.mask] = 0.")


def relu_checks(book_backward_allowed: bool = False) -> tuple[Check, ...]:
    """The Relu class: its gradient, and two objects in turn. book_backward_allowed: backward may zero dout in place
    (the book's code; harmless in a network), where the stub does not ask otherwise."""
    layer_mistakes = [Mistake(m.says, when=lambda args, actual, m=m: m.matches(((), args[0][0], args[1]), actual))
                      for m in RELU_MISTAKES["dx"]]
    if not book_backward_allowed:
        layer_mistakes.append(Mistake(BOOK_RELU_IN_PLACE, when=lambda *_: False))  # named when dout comes back changed
    hint = None if book_backward_allowed else BOOK_RELU_IN_PLACE
    return (
        LayerGradient("Relu", st.tuples(kinked_arrays), mistakes=layer_mistakes, dout_may_change=book_backward_allowed,
                      changed_dout_hint=hint,
                      title=text("Relu: 역전파 = 수치 미분 (|x| >= 0.1)", "Relu: backward matches the numerical gradient (|x| >= 0.1)")),
        layer_drive("Relu", RELU_CASES, _relu_truth, kept=("mask",), mistakes=RELU_MISTAKES,
                    dout_may_change=book_backward_allowed, changed_dout_hint=hint),
    )


# -- Sigmoid (p143) ----------------------------------------------------------------------------------

def _sigmoid_case(shape: tuple[int, ...], seed: int) -> Case:
    rng = np.random.default_rng(seed)
    return (), rng.uniform(-4, 4, size=shape), rng.normal(size=shape)


def _sigmoid_truth(_ctor: tuple, x: np.ndarray, dout: np.ndarray) -> dict[str, Any]:
    y = sigmoid(x)
    return {"out": y, "dx": dout * (1 - y) * y}


SIGMOID_MISTAKES = {
    "dx": [Mistake(text("출력 y 대신 입력 x를 썼습니다: dx = dout * (1 - y) * y 에서 y는 순전파의 출력(self.out)입니다.",
                        "The input x is used instead of the output y: in dx = dout * (1 - y) * y, y is forward's output (self.out)."),
                   when=lambda case, actual: _close(actual, case[2] * (1 - case[1]) * case[1])),
           Mistake(text("dout을 곱하지 않았습니다: 연쇄 법칙에 따라 상류의 기울기 dout에 국소 미분 y(1 - y)를 곱합니다.",
                        "dout is not multiplied in: by the chain rule, the upstream gradient dout times the local derivative y(1 - y)."),
                   when=lambda case, actual: _close(actual, (1 - sigmoid(case[1])) * sigmoid(case[1])))],
}


def sigmoid_checks() -> tuple[Check, ...]:
    inputs = hnp.arrays(np.float64, SHAPES, elements=st.floats(-4, 4, width=64))
    layer_mistakes = [Mistake(m.says, when=lambda args, actual, m=m: m.matches(((), args[0][0], args[1]), actual))
                      for m in SIGMOID_MISTAKES["dx"]]
    return (
        LayerGradient("Sigmoid", st.tuples(inputs), mistakes=layer_mistakes,
                      title=text("Sigmoid: 역전파 = 수치 미분", "Sigmoid: backward matches the numerical gradient")),
        layer_drive("Sigmoid", st.builds(_sigmoid_case, SHAPES, SEEDS), _sigmoid_truth, kept=("out",),
                    mistakes=SIGMOID_MISTAKES),
    )


# -- Affine (p151, and the classes of p134, p158) ---------------------------------------------------------

def _affine_layer_case(size: tuple[int, int, int], seed: int) -> Case:
    x, W, b, dout = affine_case(size, seed)
    return (W, b), x, dout


def _affine_truth(ctor: tuple, x: np.ndarray, dout: np.ndarray) -> dict[str, Any]:
    W, b = ctor
    return {"out": affine(x, W, b), "x": x, **affine_grads(x, W, dout)}


NOTES_X = np.array([[1, 2], [3, 4]])  # the global X the notes' Affine.backward reads by mistake
NOTES_AFFINE = ((np.array([[1.0, 3, 5], [2, 4, 6]]), np.array([[1.0, 1, 1]])), NOTES_X * 1.0, np.array([[1.0, 1, 1], [2, 2, 2]]))

AFFINE_MISTAKES = {
    "db": [Mistake(DB_NOT_SUMMED, when=lambda case, actual: _close(actual, case[2])
                   or (isinstance(actual, np.ndarray) and actual.shape != case[0][1].shape
                       and _close(np.ravel(actual), np.sum(case[2], axis=0))))],
    "dW": [Mistake(DW_TRANSPOSED, when=lambda case, actual: _close(actual, np.dot(case[2].T, case[1]))),
           Mistake(GLOBAL_X, when=lambda case, actual: NOTES_X.shape[0] == case[1].shape[0]
                   and _close(actual, np.dot(NOTES_X.T, case[2])))],
    "dx": [Mistake(DX_WITHOUT_TRANSPOSE, when=lambda case, actual: case[0][0].shape[0] == case[0][0].shape[1]
                   and _close(actual, np.dot(case[2], case[0][0])))],
}
AFFINE_NOT_ALIGNED = text("곱의 순서와 전치를 확인하세요: 순전파 np.dot(x, self.W), 역전파 dx = np.dot(dout, self.W.T), "
                          "dW = np.dot(self.x.T, dout). dW는 노트 예시의 전역 변수 X가 아니라 forward가 저장한 self.x 로 구합니다.",
                          "Check the products' order and transposes: forward np.dot(x, self.W); backward dx = np.dot(dout, self.W.T) "
                          "and dW = np.dot(self.x.T, dout), from self.x (the input forward kept), not the global variable X of "
                          "the notes' example.")
AFFINE_ERRORS = (("name 'X' is not defined", GLOBAL_X), ("not aligned", AFFINE_NOT_ALIGNED))

# A fixed small layer for the numerical-gradient check of dx: 3 inputs, 2 outputs.
FIXED_W, FIXED_B = np.array([[0.5, -1.0], [2.0, 0.3], [-0.7, 1.5]]), np.array([0.1, -0.2])


def affine_checks() -> tuple[Check, ...]:
    batches = hnp.arrays(np.float64, st.tuples(st.integers(1, 4), st.just(3)), elements=st.floats(-3, 3, width=64))
    return (
        explain_errors(LayerGradient("Affine", st.tuples(batches), ctor_args=(FIXED_W, FIXED_B),
                                     title=text("Affine: dx = 수치 미분 (W 3x2)", "Affine: dx matches the numerical gradient (W 3x2)")),
                       AFFINE_ERRORS),
        explain_errors(layer_drive("Affine", st.builds(_affine_layer_case, AFFINE_SIZES, SEEDS), _affine_truth,
                                   kept=("x",), grads=("dW", "db"), mistakes=AFFINE_MISTAKES, example=NOTES_AFFINE,
                                   title=text("Affine 두 개를 번갈아: 순전파, dx, self.dW, self.db (무작위 W, b, 배치)",
                                              "two Affine objects in turn: forward, dx, self.dW, self.db (generated W, b, batches)")),
                       AFFINE_ERRORS),
    )


def network_layer_checks(layers: Sequence[str]) -> tuple[Check, ...]:
    """The layers of a network problem one by one, before the network: a wrong layer is named as itself, not as a
    wrong network gradient. Relu may zero dout in place (the book's code; harmless in a network)."""
    checks: list[Check] = []
    if "Relu" in layers:
        checks.append(LayerGradient("Relu", st.tuples(kinked_arrays), dout_may_change=True,
                                    title=text("Relu 계층: 역전파 = 수치 미분 (|x| >= 0.1)", "the Relu layer: backward matches the numerical gradient (|x| >= 0.1)")))
    if "Affine" in layers:
        checks.append(explain_errors(layer_drive("Affine", st.builds(_affine_layer_case, AFFINE_SIZES, SEEDS), _affine_truth,
                                                 kept=(), grads=("dW", "db"), mistakes=AFFINE_MISTAKES,
                                                 title=text("Affine 계층 두 개를 번갈아: 순전파, dx, self.dW, self.db",
                                                            "two Affine layers in turn: forward, dx, self.dW, self.db")),
                                     AFFINE_ERRORS))
    if "SoftmaxWithLoss" in layers:
        checks.append(loss_layer_gradient())
    return tuple(checks)


# -- SoftmaxWithLoss (p156, and the classes of p134, p158) --------------------------------------------------

def _loss_case(n: int, classes: int, seed: int) -> Case:
    rng = np.random.default_rng(seed)
    return (), (rng.normal(size=(n, classes)), one_hot_rows(rng, n, classes)), 1


LOSS_CASES = st.builds(_loss_case, st.integers(1, 4), st.integers(2, 5), SEEDS)


def _loss_truth(_ctor: tuple, inputs: tuple[np.ndarray, np.ndarray], _dout: int) -> dict[str, Any]:
    x, t = inputs
    y = softmax(x)
    return {"out": cross_entropy(y, t), "y": y, "dx": (y - t) / x.shape[0]}


def _notes_loss(x: np.ndarray, t: np.ndarray) -> float:
    """The notes' p156: exp(x - max) without the division, and a sum not divided by the batch size."""
    return float(-np.sum(t * np.log(np.exp(x - np.max(x)) + 1e-7)))


def _batch_of_many(case: Case) -> bool:
    return case[1][0].shape[0] > 1


LOSS_MISTAKES = {
    "out": [Mistake(SOFTMAX_NOT_NORMALISED, when=lambda case, actual: any(
                np.isclose(float(actual), _notes_loss(*case[1]) / k) for k in (1, case[1][0].shape[0]))),
            Mistake(NOT_DIVIDED, when=lambda case, actual: _batch_of_many(case)
                    and np.isclose(float(actual), cross_entropy(softmax(case[1][0]), case[1][1]) * case[1][0].shape[0]))],
    "y": [Mistake(SOFTMAX_NOT_NORMALISED, when=lambda case, actual: isinstance(actual, np.ndarray)
                  and not np.allclose(np.sum(actual, axis=-1), 1))],
    "dx": [Mistake(DX_NOT_DIVIDED, when=lambda case, actual: _batch_of_many(case)
                   and _close(actual, softmax(case[1][0]) - case[1][1]))],
}


def loss_layer_gradient(cls: str = "SoftmaxWithLoss", tolerance: float = 1e-4) -> Custom:
    """backward(1) of a loss layer equals the numerical gradient of forward(x, t) with respect to x.

    The loss's log(y + 1e-7) differs from log(y) by about 1e-7 / y, so the tolerance is looser than LayerGradient's.
    """

    def run(ctx: Context) -> None:
        session = ctx.session

        def body(case: Case) -> None:
            x, t = case[1]
            layer = session.new(cls)
            session.method(layer, "forward", x, t, watch=True)
            refuse_changed_input(session, "forward")
            dx = session.method(layer, "backward", 1)
            h, calls = 1e-5, []
            for index in np.ndindex(x.shape):
                for sign in (1, -1):
                    shifted = x.copy()
                    shifted[index] += sign * h
                    calls.append((shifted, t))
            losses = iter(float(loss) for loss in session.fresh_calls(cls, (), "forward", calls))
            numeric = np.zeros_like(x)
            for index in np.ndindex(x.shape):
                numeric[index] = (next(losses) - next(losses)) / (2 * h)
            expect_equal(np.shape(dx), x.shape, what=text("backward(1)의 형상", "the shape of backward(1)"))
            error = relative_error(np.asarray(dx, dtype=float), numeric)
            if not error <= tolerance:
                fail = Fail("values", text(f"dx: 손실의 수치 미분과 상대 오차 {error:.2e} (허용 {tolerance:.0e})",
                                           f"dx: relative error {error:.2e} against the numerical gradient of the loss "
                                           f"(allowed {tolerance:.0e})"), expected=numeric, actual=dx)
                fail.input = {"x": x, "t": t}
                fail.hint = next((m.says for m in LOSS_MISTAKES["dx"] if m.matches(case, dx)),
                                 text("손실과 기울기가 서로 맞지 않습니다: 둘 다 배치 크기로 나누었는지 보세요 (손실은 평균, dx = (y - t) / N).",
                                      "The loss and its gradient disagree: check both divide by the batch size "
                                      "(the loss is a mean, dx = (y - t) / N)."))
                raise fail

        for_all(ctx, (LOSS_CASES,), body)

    return Custom(run, text(f"{cls}: backward(1) = 손실의 수치 미분", f"{cls}: backward(1) matches the numerical gradient of the loss"))


def _probabilities_and_targets(n: int, classes: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Softmax rows and one-hot targets; in every other draw one wrong class of the first row has probability 0
    exactly (as softmax gives for a far lower score), where log(y) without the 1e-7 is -inf."""
    rng = np.random.default_rng(seed)
    y, t = softmax(rng.normal(size=(n, classes))), one_hot_rows(rng, n, classes)
    if seed % 2 == 0:
        y[0, (int(t[0].argmax()) + 1) % classes] = 0.0
        y[0] /= y[0].sum()
    return y, t


def cross_entropy_check(name: str = "cross_entropy_error") -> Holds:
    rows = st.shared(st.tuples(st.integers(1, 5), st.integers(2, 5), SEEDS), key="backprop-cross-entropy")
    return Holds(name, [rows.map(lambda r: _probabilities_and_targets(*r)[0]), rows.map(lambda r: _probabilities_and_targets(*r)[1])],
                 lambda args, actual: expect_equal(actual, cross_entropy(*args), what=f"{name}(y, t)", dtype=None),
                 mistakes=[*loss_mistakes(), MISSING_DELTA, RETURNS_NONE],
                 title=text("배치의 평균 교차 엔트로피 (원-핫 t)", "the batch's mean cross entropy (one-hot t)"))


def softmax_with_loss_checks() -> tuple[Check, ...]:
    """softmax and cross_entropy_error as functions, then the layer: its gradient, and two objects in turn."""
    return (
        *softmax_checks("softmax"),
        cross_entropy_check(),
        loss_layer_gradient(),
        layer_drive("SoftmaxWithLoss", LOSS_CASES, _loss_truth, kept=("y",), mistakes=LOSS_MISTAKES,
                    title=text("SoftmaxWithLoss 두 개를 번갈아: 손실, self.y, backward(1)",
                               "two SoftmaxWithLoss objects in turn: the loss, self.y, backward(1)")),
    )


# -- the affine computations as functions (p144-p150) -------------------------------------------------------

def int_matrices(key: str, *shapes: Callable[[tuple[int, ...]], tuple[int, ...]],
                 sizes: st.SearchStrategy = AFFINE_SIZES) -> list[st.SearchStrategy]:
    """Integer matrices (-5..5) whose shapes come from one shared draw of sizes, e.g. X (N, in), W (in, out)."""
    size = st.shared(sizes, key=key)
    return [size.flatmap(lambda s, shape=shape: hnp.arrays(np.int64, shape(s), elements=st.integers(-5, 5))) for shape in shapes]


X_SHAPE, W_SHAPE = (lambda s: (s[0], s[1])), (lambda s: (s[1], s[2]))
B_ROW, DY_SHAPE = (lambda s: (1, s[2])), (lambda s: (s[0], s[2]))
NOT_ALIGNED = (("not aligned", SHAPES_NOT_ALIGNED), ("could not be broadcast", SHAPES_NOT_ALIGNED))


def affine_value_checks(name: str, example: tuple[np.ndarray, ...], expected: np.ndarray, sizes: st.SearchStrategy,
                        extra_mistakes: Sequence[Mistake] = ()) -> tuple[Check, ...]:
    """name(X, W, b) = X·W + b: the notes' matrices, then integer matrices of generated sizes."""
    mistakes = [Mistake(BIAS_FORGOTTEN, when=lambda args, actual: _close(actual, np.dot(args[0], args[1]))),
                *extra_mistakes, RETURNS_NONE]
    return (
        explain_errors(Example(name, example, expected, mistakes=mistakes), NOT_ALIGNED),
        explain_errors(Holds(name, int_matrices(f"{name}-affine", X_SHAPE, W_SHAPE, B_ROW, sizes=sizes),
                             lambda args, actual: expect_equal(actual, affine(*args), what=f"{name}(X, W, b)"),
                             mistakes=mistakes, title=text("다른 크기의 정수 행렬", "integer matrices of other sizes")),
                       NOT_ALIGNED),
    )


BACKWARD_NOT_ALIGNED = (("not aligned", text("전치를 확인하세요: dX = np.dot(dY, W.T), dW = np.dot(X.T, dY). 안쪽 크기가 맞아야 곱할 수 있습니다.",
                                            "Check the transposes: dX = np.dot(dY, W.T), dW = np.dot(X.T, dY); the inner sizes must match.")),)


def _part(actual: Any, i: int) -> Any:
    return actual[i] if isinstance(actual, (tuple, list)) and len(actual) > i else None


def affine_backward_value_checks(name: str, example: tuple[np.ndarray, ...], expected: tuple, sizes: st.SearchStrategy,
                                 with_db: bool = False) -> tuple[Check, ...]:
    """name(X, W, dY) = (dX, dW[, db]) of Y = X·W + b: the notes' matrices, then generated integer matrices."""
    def truth(X: np.ndarray, W: np.ndarray, dY: np.ndarray) -> tuple:
        grads = affine_grads(X, W, dY)
        return (grads["dx"], grads["dW"], grads["db"]) if with_db else (grads["dx"], grads["dW"])

    mistakes = [
        Mistake(DW_TRANSPOSED, when=lambda args, actual: _close(_part(actual, 1), np.dot(args[2].T, args[0]))),
        Mistake(text("dW를 배치 크기로 나누었습니다: 여기서는 손실이 없으니 평균이 아니라 행마다의 기여를 합한 np.dot(X.T, dY) 그대로입니다.",
                     "dW is divided by the batch size: no mean is taken here, dW is the plain sum of the rows' shares, np.dot(X.T, dY)."),
                when=lambda args, actual: len(args[0]) > 1 and _close(_part(actual, 1), np.dot(args[0].T, args[2]) / len(args[0]))),
        *([Mistake(DB_NOT_SUMMED, when=lambda args, actual: _close(_part(actual, 2), args[2])
                   or _close(_part(actual, 2), np.sum(args[2], axis=1)))] if with_db else []),
        RETURNS_NONE,
    ]
    return (
        explain_errors(Example(name, example, expected, mistakes=mistakes), BACKWARD_NOT_ALIGNED),
        explain_errors(Holds(name, int_matrices(f"{name}-backward", X_SHAPE, W_SHAPE, DY_SHAPE, sizes=sizes),
                             lambda args, actual: expect_equal(actual, truth(*args), what=f"{name}(X, W, dY)"),
                             mistakes=mistakes, title=text("다른 크기의 정수 행렬", "integer matrices of other sizes")),
                       BACKWARD_NOT_ALIGNED),
    )


# -- the notes' two Affine layers (p152-p155) -----------------------------------------------------------------

NOTES_NET = {"x": np.array([[1, 2]]), "W1": np.array([[1, 3, 5], [2, 4, 6]]), "b1": np.array([[1, 2, 3]]),
             "W2": np.array([[1, 4], [2, 5], [3, 6]]), "b2": np.array([[1, 2]])}
NOTES_NET_ARGS = tuple(NOTES_NET[k] for k in ("x", "W1", "b1", "W2", "b2"))
TWO_LAYER_SIZES = st.tuples(st.integers(1, 3), st.integers(1, 3), st.integers(1, 4), st.integers(1, 3))  # N, in, hidden, out


def two_layer_args(key: str) -> list[st.SearchStrategy]:
    """[x, W1, b1, W2, b2]: integer arrays (-5..5) of one shared draw of sizes; biases are rows (1, n) as in the notes."""
    shapes = [lambda s: (s[0], s[1]), lambda s: (s[1], s[2]), lambda s: (1, s[2]), lambda s: (s[2], s[3]), lambda s: (1, s[3])]
    return int_matrices(key, *shapes, sizes=TWO_LAYER_SIZES)


def two_layer(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray,
              hidden: Callable[[np.ndarray], np.ndarray] = lambda a: a) -> np.ndarray:
    return affine(hidden(affine(x, W1, b1)), W2, b2)


def two_layer_backward(x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray) -> dict[str, np.ndarray]:
    """The gradients of the two Affine layers (no activation) when the upstream gradient is out2 itself."""
    out1 = affine(x, W1, b1)
    second = affine_grads(out1, W2, affine(out1, W2, b2))
    first = affine_grads(x, W1, second["dx"])
    return {"dx": first["dx"], "dW1": first["dW"], "db1": first["db"], "dW2": second["dW"], "db2": second["db"]}


# -- the book's chapter 5 TwoLayerNet: Affine -> Relu -> Affine -> SoftmaxWithLoss (p134, p158) ---------------

def relu_net_scores(params: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    return affine(relu(affine(x, params["W1"], params["b1"])), params["W2"], params["b2"])


def relu_net_backprop(params: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray,
                      delta: float = 0.0) -> dict[str, np.ndarray]:
    """The exact gradient of the batch-mean cross entropy of softmax(scores), one-hot t, by hand.

    delta: the gradient of -log(y + delta) instead of -log(y), which is what a numerical gradient of the book's loss
    (delta = 1e-7) sees: each row's y - t scaled by y_t / (y_t + delta), far from 1 where y_t is tiny.
    """
    a1 = affine(x, params["W1"], params["b1"])
    z1 = relu(a1)
    y = softmax(affine(z1, params["W2"], params["b2"]))
    y_t = np.sum(y * t, axis=1, keepdims=True)
    dscores = (y - t) * (y_t / (y_t + delta)) / x.shape[0]
    second = affine_grads(z1, params["W2"], dscores)
    first = affine_grads(x, params["W1"], second["dx"] * (a1 > 0))
    return {"W1": first["dW"], "b1": first["db"], "W2": second["dW"], "b2": second["db"]}


def _net_data(seed: int, n: int, n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, n_in)), one_hot_rows(rng, n, n_out)


NET_SIZES = st.tuples(st.integers(2, 5), st.integers(2, 4), st.integers(2, 4))  # input, hidden, output
PREDICT_WITH_SOFTMAX = text("predict가 소프트맥스를 적용했습니다: 책 5장의 predict는 마지막 Affine 계층의 출력(점수)을 돌려주고, "
                            "소프트맥스는 lastLayer(SoftmaxWithLoss)가 손실과 함께 계산합니다.",
                            "predict applies softmax: the book's chapter 5 predict returns the last Affine layer's output (the scores); "
                            "softmax is done by lastLayer (SoftmaxWithLoss), together with the loss.")
GRADS_NOT_DIVIDED = text("기울기가 배치 크기만큼 큽니다: SoftmaxWithLoss.backward에서 (y - t)를 배치 크기로 나누세요.",
                         "The gradients are batch-size times too large: divide (y - t) by the batch size in SoftmaxWithLoss.backward.")


def _net(ctx: Context, cls: str, size: tuple[int, int, int], weight_init_std: float | None = None) -> tuple[Handle, dict]:
    if weight_init_std is None:
        return new_net(ctx, cls, *size)
    net = ctx.session.new(cls, *size, weight_init_std, seed=ctx.seed)
    return net, {k: np.asarray(v, dtype=float) for k, v in ctx.session.attr(net, "params").items()}


def relu_net_batch_checks(cls: str = "TwoLayerNet") -> Custom:
    """predict (the scores), loss and accuracy on random batches, against the grader's own forward pass."""

    def run(ctx: Context) -> None:
        def body(size: tuple[int, int, int], n: int, seed: int) -> None:
            net, params = _net(ctx, cls, size, weight_init_std=1.0)  # large weights: rows and classes that differ
            x, t = _net_data(seed, n, size[0], size[2])
            try:
                compare(net, params, x, t, n)
            except Fail as fail:
                fail.input = data_input(x, t) if fail.input is None else fail.input
                raise

        def compare(net: Handle, params: dict, x: np.ndarray, t: np.ndarray, n: int) -> None:
            scores = relu_net_scores(params, x)
            y = ctx.session.method(net, "predict", x)
            try:
                expect_equal(y, scores, what="predict(x)", dtype=None)
            except Fail as error:
                if _close(y, softmax(scores)):
                    error.hint = PREDICT_WITH_SOFTMAX
                raise
            loss, expected = ctx.session.method(net, "loss", x, t), cross_entropy(softmax(scores), t)
            try:
                expect_equal(loss, expected, what="loss(x, t)", dtype=None)
            except Fail as error:
                if n > 1 and np.isclose(float(loss), expected * n):
                    error.hint = NOT_DIVIDED
                raise
            accuracy = ctx.session.method(net, "accuracy", x, t)
            try:
                expect_equal(accuracy, float(np.mean(scores.argmax(axis=1) == t.argmax(axis=1))), what="accuracy(x, t)",
                             dtype=None)
            except Fail as error:
                error.hint = ONE_HOT_NO_ARGMAX if np.ndim(accuracy) != 0 or float(accuracy) > 1 else error.hint
                raise

        for_all(ctx, (NET_SIZES, st.integers(2, 6), SEEDS), body)

    return Custom(run, text("무작위 배치에서 predict(점수), loss, accuracy", "predict (the scores), loss and accuracy on random batches"))


def _rows_summing_to(actual: Any, expected: np.ndarray, n: int) -> bool:
    """actual holds one row per sample of a batch of n (n > 1), and those rows add up to the expected gradient."""
    rows = np.asarray(actual, dtype=float)
    return n > 1 and rows.shape == (n, *expected.shape) and _close(rows.sum(axis=0), expected)


# A bias gradient of one row per sample that add up to the right one: db = dout, not summed over the batch.
BIAS_OF_ROWS = Mistake(DB_NOT_SUMMED, when=lambda args, actual: _rows_summing_to(actual, *args))


def relu_net_gradient_check(method: str = "gradient", cls: str = "TwoLayerNet", tolerance: float = 1e-7) -> Custom:
    """network.<method>(x, t) equals the grader's own backprop on small nets (weights drawn with std 1), after every
    parameter was moved away from its start (non-zero biases); the first wrong parameter in backprop order is named.

    The numerical gradient cannot see across ReLU's kink: a sample whose hidden input lies within a few steps
    of 0 is not compared (the book's h is 1e-4, so "a few steps" is 1e-2 here).
    """
    def run(ctx: Context) -> None:
        def body(size: tuple[int, int, int], n: int, seed: int) -> None:
            net, start = _net(ctx, cls, size, weight_init_std=1.0)
            x, t = _net_data(seed, n, *size[::2])
            try:
                compare(net, start, x, t, n, seed)
            except Fail as fail:
                fail.input = data_input(x, t) if fail.input is None else fail.input
                raise

        def compare(net: Handle, start: dict, x: np.ndarray, t: np.ndarray, n: int, seed: int) -> None:
            params = move_params(ctx, net, start, seed + 1)
            if method == "numerical_gradient" and np.abs(affine(x, params["W1"], params["b1"])).min() < 1e-2:
                return
            value, expected = ctx.session.method(net, "loss", x, t), cross_entropy(softmax(relu_net_scores(params, x)), t)
            try:
                expect_equal(value, expected, what="loss(x, t)", dtype=None)
            except Fail as error:
                if _close(value, cross_entropy(softmax(relu_net_scores(start, x)), t)):
                    error.hint = LAYERS_ON_COPIES
                raise
            grads = ctx.session.method(net, method, x, t)
            if type(grads) is not dict:
                raise Fail("type", text(f"{method}는 'W1', 'b1', 'W2', 'b2' 키의 딕셔너리를 돌려줘야 합니다.",
                                        f"{method} should return a dict keyed 'W1', 'b1', 'W2', 'b2'."), actual=grads)
            expect_equal(sorted(grads), sorted(PARAMS), what="grads.keys()")
            exact = relu_net_backprop(params, x, t, delta=1e-7 if method == "numerical_gradient" else 0.0)
            for key in backprop_order(PARAMS):
                grad = grads[key]
                if np.shape(grad) != exact[key].shape:
                    fail = Fail("shape", text(f"grads['{key}']의 형상이 {np.shape(grad)} 입니다 ({exact[key].shape} 이어야).",
                                              f"grads['{key}'] has the shape {np.shape(grad)} (it should be {exact[key].shape})."),
                                expected=exact[key], actual=grad)
                    if key.startswith("b") and bias_of_rows(net, key, grad, exact[key], x, t):
                        fail.hint = BIAS_OF_ROWS.says
                    raise fail
                error = relative_error(np.asarray(grad, dtype=float), exact[key])
                if error > tolerance:
                    hint = GRADS_NOT_DIVIDED if n > 1 and _close(grad, exact[key] * n) else None
                    raise gradient_fail(key, error, exact[key], grad, text("정확한 기울기", "the exact gradient"), x, t, hint,
                                        first_in_order=method == "gradient")

        def bias_of_rows(net: Handle, key: str, grad: Any, expected: np.ndarray, x: np.ndarray, t: np.ndarray) -> bool:
            # With one sample, db = dout and np.sum(dout, axis=0, keepdims=True) are the same (1, outputs) array:
            # the same sample twice tells them apart (the batch's mean gradient stays the same).
            if len(x) == 1:
                x, t = np.vstack([x, x]), np.vstack([t, t])
                try:
                    grad = ctx.session.method(net, method, x, t)[key]
                except (LearnerError, TypeError, KeyError):  # the shape failure stands without a hint
                    return False
            return BIAS_OF_ROWS.matches((expected, len(x)), grad)

        for_all(ctx, (NET_SIZES, st.integers(1, 4), SEEDS), body)

    return Custom(run, text(f"{method}(x, t) = 정확한 기울기 (작은 신경망, 무작위 배치, 편향도 0이 아닌 곳에서)",
                            f"{method}(x, t) equals the exact gradient (small nets, random batches, non-zero biases)"),
                  mistakes=[Mistake(LAYERS_ON_COPIES, when=lambda *_: False), BIAS_OF_ROWS])


NET_CLASS_STUB = '''

class TwoLayerNet:
    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01):
        """self.params: 'W1' (input, hidden), 'b1' (hidden,), 'W2' (hidden, output), 'b2' (output,)
        (weights weight_init_std * np.random.randn(...), biases zeros).

        self.layers = OrderedDict(): 'Affine1' (W1, b1), 'Relu1', 'Affine2' (W2, b2), built on the very arrays of
        self.params; self.lastLayer = SoftmaxWithLoss().
        """
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> np.ndarray:
        """x through every layer of self.layers in order: the scores (softmax is left to lastLayer)."""
        raise NotImplementedError

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """self.lastLayer.forward(self.predict(x), t)."""
        raise NotImplementedError

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """The share of rows whose largest score is the target's class (t one-hot: np.argmax(t, axis=1))."""
        raise NotImplementedError

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """{'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...} by numerical_gradient(lambda W: self.loss(x, t), self.params[key])."""
        raise NotImplementedError

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """Backprop: self.loss(x, t), then lastLayer.backward(1) and every layer's backward in reverse order;
        return {'W1': Affine1.dW, 'b1': Affine1.db, 'W2': Affine2.dW, 'b2': Affine2.db}."""
        raise NotImplementedError
'''
# The book's pp.181-183 as a whole: its Relu.backward may zero dout in place (harmless in the network).
NET_RELU_STUB = RELU_STUB.replace('''
        """Return dx; leave the caller's dout as it was (work on dout.copy())."""''', '''
        """Return dx (the book's dout[self.mask] = 0 in place is fine here: the network never reuses dout)."""''')
NET_HEAD = "\nfrom collections import OrderedDict\n\nimport numpy as np\n"
# The whole of pp.181-183: the layers, the functions SoftmaxWithLoss and numerical_gradient use, then the network.
NET_STUB = (NET_HEAD + AFFINE_STUB + NET_RELU_STUB + SOFTMAX_WITH_LOSS_STUB + STUB_FUNCTIONS["numerical_gradient"]
            + NET_CLASS_STUB)
