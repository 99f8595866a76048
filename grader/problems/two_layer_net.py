"""Checks of the learner's TwoLayerNet (chapter 4, numerical gradients), on small sizes the grader picks.

Expected values come from the grader's own forward pass and a few lines of backprop on the parameters
read back from the learner's object, so no reference solution is needed and every check stays fast.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import numpy as np
from hypothesis import strategies as st

from grader.checks import Context, Custom, Mistake, for_all, text
from grader.compare import Fail, Named, expect_equal
from grader.gradcheck import relative_error
from grader.problems.forward import finite_array, sigmoid, softmax, softmax_failures
from grader.problems.learning import NOT_RESTORED, cross_entropy
from grader.sandbox.session import Handle, LearnerError

PARAMS = ("W1", "b1", "W2", "b2")
sizes = st.tuples(st.integers(2, 6), st.integers(2, 5), st.integers(2, 4))  # input, hidden, output


def forward(params: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    return softmax(sigmoid(x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"])


def backprop(params: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
    """The exact gradient of the batch-mean cross entropy (book ch05's TwoLayerNet.gradient), one-hot t."""
    z1 = sigmoid(x @ params["W1"] + params["b1"])
    dy = (softmax(z1 @ params["W2"] + params["b2"]) - t) / x.shape[0]
    da1 = (dy @ params["W2"].T) * z1 * (1 - z1)
    return {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": z1.T @ dy, "b2": dy.sum(axis=0)}


def data(seed: int, n: int, n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    """n random inputs with one-hot targets."""
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, n_in)), np.eye(n_out)[rng.integers(0, n_out, size=n)]


def new_net(ctx: Context, cls: str, n_in: int, n_hidden: int, n_out: int, *options: float) -> tuple[Handle, dict[str, np.ndarray]]:
    """A learner's network in the worker (options: weight_init_std), and its parameters as the grader sees them."""
    net = ctx.session.new(cls, n_in, n_hidden, n_out, *options, seed=ctx.seed)
    params = ctx.session.attr(net, "params")
    if type(params) is not dict:
        raise Fail("type", text("self.params 는 'W1', 'b1', 'W2', 'b2' 를 키로 하는 딕셔너리여야 합니다.",
                                "self.params should be a dict with the keys 'W1', 'b1', 'W2', 'b2'."), actual=params)
    expect_equal(sorted(params), sorted(PARAMS), what="self.params.keys()")
    return net, {k: np.asarray(v, dtype=float) for k, v in params.items()}


# -- __init__ ------------------------------------------------------------------------------------------

def params_check(cls: str = "TwoLayerNet") -> Custom:
    def run(ctx: Context) -> None:
        def body(size: tuple[int, int, int]) -> None:
            n_in, n_hidden, n_out = size
            _, params = new_net(ctx, cls, n_in, n_hidden, n_out)
            shapes = {"W1": (n_in, n_hidden), "b1": (n_hidden,), "W2": (n_hidden, n_out), "b2": (n_out,)}
            for key, shape in shapes.items():
                expect_equal(params[key].shape, shape, what=f"params['{key}'].shape")
            for key in ("b1", "b2"):
                expect_equal(params[key], np.zeros(shapes[key]), what=text(f"params['{key}'] (0으로 시작)", f"params['{key}'] (starts at 0)"))
            for key in ("W1", "W2"):
                if np.all(params[key] == params[key].flat[0]):
                    raise Fail("values", text(f"params['{key}']의 값이 모두 같습니다: 가중치는 무작위로 시작해야 합니다 (np.random.randn).",
                                              f"Every value of params['{key}'] is the same: weights start random (np.random.randn)."),
                               actual=params[key])
                if np.abs(params[key]).max() > 0.1:
                    raise Fail("values", text(f"params['{key}']가 너무 큽니다: weight_init_std(0.01) * np.random.randn(...) 로 작게 시작하세요.",
                                              f"params['{key}'] is too large: start small, weight_init_std (0.01) * np.random.randn(...)."),
                               actual=params[key])

        body((784, 50, 10))
        for_all(ctx, (sizes.filter(lambda s: s[0] * s[1] > 1 and s[1] * s[2] > 1),), body)

    return Custom(run, text("params의 키, 형상, 초기값 (784-50-10 과 작은 크기)", "params' keys, shapes and start values (784-50-10 and small sizes)"))


# -- predict, loss, accuracy ---------------------------------------------------------------------------

WHOLE_BATCH_SOFTMAX = text("소프트맥스가 배치 전체를 한꺼번에 정규화합니다 (노트의 softmax): 행마다 합이 1이 되도록 "
                           "np.max(a, axis=-1, keepdims=True), np.sum(..., axis=-1, keepdims=True) 를 쓰세요.",
                           "The softmax normalises the whole batch at once (the notes' softmax): make every row sum to 1 with "
                           "np.max(a, axis=-1, keepdims=True) and np.sum(..., axis=-1, keepdims=True).")
NO_SOFTMAX = text("predict가 소프트맥스를 거치지 않은 점수(a2)를 돌려줍니다: 마지막에 y = softmax(a2) 를 돌려주세요.",
                  "predict returns the scores a2 without softmax: return y = softmax(a2) at the end.")
IGNORES_INIT_STD = text("weight_init_std 인자를 쓰지 않았습니다 (예: 0.01 을 코드에 고정): 받은 값을 곱하세요.",
                        "The weight_init_std argument is not used (0.01 written into the code, say): multiply by the value given.")
BATCH_MAX_IN_PREDICT = softmax_failures(lambda params, x: scores(params, x))[0]
NOT_DIVIDED = text("손실을 배치 크기로 나누지 않았습니다 (loss not divided by the batch size): 배치의 평균이 되도록 y.shape[0]으로 나누세요.",
                   "The loss is not divided by the batch size: divide by y.shape[0] to get the mean over the batch.")
ONE_HOT_NO_ARGMAX = text("원-핫 정답 t를 argmax 없이 비교했습니다: t = np.argmax(t, axis=1) 로 정답 숫자를 꺼낸 뒤 y와 비교하세요.",
                         "The one-hot targets t are compared without argmax: take t = np.argmax(t, axis=1), then compare with y.")


@contextmanager
def shown_as(data: Named) -> Iterator[None]:
    """A failure inside shows this data (the network's sizes, x, t) as its input, not the drawn seed."""
    try:
        yield
    except (Fail, LearnerError) as error:
        error.input = data if error.input is None else error.input
        raise


def batch_checks(methods: tuple[str, ...] = ("predict", "loss", "accuracy"), cls: str = "TwoLayerNet") -> Custom:
    """The methods named (predict, loss, accuracy) on random batches, against the grader's own forward pass."""

    def run(ctx: Context) -> None:
        def body(size: tuple[int, int, int], n: int, seed: int) -> None:
            n_in, n_hidden, n_out = size
            net, params = new_net(ctx, cls, n_in, n_hidden, n_out)
            # Inputs scaled up, so that the small start weights still give rows and classes that differ.
            x, t = data(seed, n, n_in, n_out)
            ctx.changed_inputs.clear()
            with shown_as(Named(network=f"{cls}({n_in}, {n_hidden}, {n_out})", x=x * 100, t=t)):
                y = ctx.method(net, "predict", x * 100)
                expect_predictions(y, params, x * 100)
                expected = forward(params, x * 100)
                if "loss" in methods:
                    check_loss(net, x, t, expected, n)
                if "accuracy" in methods:
                    check_accuracy(net, x, t, expected)
                ctx.refuse_changed_inputs()

        def check_loss(net: Handle, x: np.ndarray, t: np.ndarray, expected: np.ndarray, n: int) -> None:
            loss = ctx.method(net, "loss", x * 100, t)
            expected_loss = cross_entropy(expected, t)
            try:
                expect_equal(loss, expected_loss, rtol=1e-6, dtype=None, what="loss(x, t)")
            except Fail as error:
                if n > 1 and np.isclose(float(loss), expected_loss * n, rtol=1e-6):
                    error.hint = NOT_DIVIDED
                raise

        def check_accuracy(net: Handle, x: np.ndarray, t: np.ndarray, expected: np.ndarray) -> None:
            try:
                accuracy = ctx.method(net, "accuracy", x * 100, t)
            except LearnerError as error:
                if "broadcast" not in error.message:
                    raise
                raise Fail("error", text(f"accuracy: {error.type_name}: {error.message}"), hint=ONE_HOT_NO_ARGMAX) from None
            expected_accuracy = float(np.mean(expected.argmax(axis=1) == t.argmax(axis=1)))
            try:
                expect_equal(accuracy, expected_accuracy, dtype=None, what="accuracy(x, t)")
            except Fail as error:
                labels = expected.argmax(axis=1)
                without_argmax = np.sum(labels == t) / len(labels) if t.shape[1] == len(labels) else None
                if np.ndim(accuracy) != 0 or float(accuracy) > 1 or np.isclose(float(accuracy), without_argmax or np.nan):
                    error.hint = ONE_HOT_NO_ARGMAX
                raise

        for_all(ctx, (sizes, st.integers(2, 8), st.integers(0, 2**16)), body)

    names = ", ".join(methods)
    return Custom(run, text(f"무작위 배치에서 {names}", f"{names} on random batches"))


def scores(params: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The output layer's input, before softmax."""
    return sigmoid(x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]


PREDICT_MISTAKES = (
    Mistake(WHOLE_BATCH_SOFTMAX, when=lambda args, y: np.allclose(y, softmax(scores(*args), axis=None))),
    Mistake(NO_SOFTMAX, when=lambda args, y: np.allclose(y, scores(*args))),
    BATCH_MAX_IN_PREDICT,
)


def expect_predictions(y: Any, params: dict[str, np.ndarray], x: np.ndarray) -> None:
    """predict(x) is the grader's forward pass; the sums of the rows are named first, then the mistake recognised."""
    expected = forward(params, x)
    try:
        if isinstance(y, np.ndarray) and y.shape == expected.shape and finite_array(y) and not np.allclose(y.sum(axis=1), 1):
            raise Fail("values", text("predict의 각 행의 합이 1이 아닙니다.", "The rows of predict's result do not sum to 1."),
                       expected=expected, actual=y)
        expect_equal(y, expected, rtol=1e-6, atol=1e-9, what="predict(x)", dtype=None)
    except Fail as error:
        error.input = Named(x=x) if error.input is None else error.input
        error.hint = next((m.says for m in PREDICT_MISTAKES if m.matches((params, x), y)), error.hint)
        raise


def weight_init_std_check(cls: str = "TwoLayerNet", predict: bool = True) -> Custom:
    """TwoLayerNet(..., weight_init_std=s) scales the start weights by s (W1 and W2 of std ≈ s), and with large
    weights (s = 1000: rows of scores thousands apart) predict (where the stub has it) still gives each row its
    own probabilities."""

    def run(ctx: Context) -> None:
        _, params = new_net(ctx, cls, 784, 50, 10, 5.0)
        for key in ("W1", "W2"):
            spread = float(np.std(params[key]))
            if not 2.5 <= spread <= 10:  # 500 or more draws of std 5: their std is within 10% of 5 every time
                raise Fail("values", text(
                    f"TwoLayerNet(784, 50, 10, weight_init_std=5.0) 의 params['{key}'] 표준편차가 {spread:.3g} 입니다 (약 5 이어야 함): "
                    "가중치는 weight_init_std * np.random.randn(...) 으로, 받은 weight_init_std 를 곱해 만드세요.",
                    f"TwoLayerNet(784, 50, 10, weight_init_std=5.0) gives params['{key}'] a standard deviation of {spread:.3g} "
                    "(about 5 expected): make the weights weight_init_std * np.random.randn(...), with the weight_init_std given."),
                    show_values=False, hint=IGNORES_INIT_STD)
        if not predict:
            return
        net, params = new_net(ctx, cls, 4, 10, 3, 1000.0)
        x = np.random.default_rng(ctx.seed).normal(size=(6, 4))
        ctx.changed_inputs.clear()
        expect_predictions(ctx.method(net, "predict", x), params, x)
        ctx.refuse_changed_inputs()

    title = (text("weight_init_std 로 가중치의 크기가 정해짐, 큰 가중치에서도 행마다 확률",
                  "weight_init_std sets the size of the weights; with large weights predict still gives each row its probabilities")
             if predict else text("weight_init_std 로 가중치의 크기가 정해짐", "weight_init_std sets the size of the weights"))
    return Custom(run, title,
                  mistakes=(Mistake(IGNORES_INIT_STD), *(PREDICT_MISTAKES if predict else ())))


def loss_mistakes() -> list[Mistake]:
    """For a function crossEntropyError(y, t) on a batch (one-hot t)."""
    return [Mistake(NOT_DIVIDED, when=lambda args, actual: len(args[0]) > 1 and
                    np.isclose(float(actual), cross_entropy(args[0], args[1]) * len(args[0]), rtol=1e-6))]


# -- numerical_gradient ---------------------------------------------------------------------------------

def gradient_check(cls: str = "TwoLayerNet", tolerance: float = 1e-6) -> Custom:
    """network.numerical_gradient(x, t) matches backprop on a small net, and leaves the parameters as they were."""

    def run(ctx: Context) -> None:
        def body(size: tuple[int, int, int], seed: int) -> None:
            net, params = new_net(ctx, cls, *size)
            x, t = data(seed, 4, size[0], size[2])
            ctx.changed_inputs.clear()
            with shown_as(Named(network=f"{cls}{size}", x=x, t=t)):
                check_gradients(net, params, x, t)

        def check_gradients(net: Handle, params: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray) -> None:
            grads = ctx.method(net, "numerical_gradient", x, t)
            if type(grads) is not dict:
                raise Fail("type", text("numerical_gradient는 'W1', 'b1', 'W2', 'b2' 키의 딕셔너리를 돌려줘야 합니다.",
                                        "numerical_gradient should return a dict keyed 'W1', 'b1', 'W2', 'b2'."), actual=grads)
            expect_equal(sorted(grads), sorted(PARAMS), what="grads.keys()")
            exact = backprop(params, x, t)
            for key in PARAMS:
                expect_equal(np.shape(grads[key]), exact[key].shape, what=f"grads['{key}'].shape")
                error = relative_error(np.asarray(grads[key], dtype=float), exact[key])
                if error > tolerance:
                    raise Fail("values", text(f"grads['{key}']: 정확한 기울기(역전파)와 상대 오차 {error:.2e}.",
                                              f"grads['{key}']: relative error {error:.2e} against the exact gradient (backprop)."),
                               expected=exact[key], actual=grads[key])
            after = ctx.session.attr(net, "params")
            if any(not np.array_equal(np.asarray(after[k]), params[k]) for k in PARAMS):
                raise Fail("property", NOT_RESTORED, show_values=False)
            ctx.refuse_changed_inputs()

        for_all(ctx, (st.tuples(st.integers(2, 5), st.integers(2, 4), st.integers(2, 3)), st.integers(0, 2**16)), body)

    return Custom(run, text("수치 기울기 = 역전파로 구한 정확한 기울기 (작은 신경망)", "the numerical gradient equals the exact one (backprop, small nets)"))


# -- data for training -----------------------------------------------------------------------------------

def blobs(seed: int, n: int, n_in: int = 4, n_classes: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """n points around n_classes well separated centres, one-hot targets: learnable in a few hundred steps."""
    rng = np.random.default_rng(seed)
    centres = np.eye(n_classes, n_in) * 3
    labels = rng.integers(0, n_classes, size=n)
    return centres[labels] + rng.normal(scale=0.5, size=(n, n_in)), np.eye(n_classes)[labels]


def as_params(value: Any) -> dict[str, np.ndarray]:
    if type(value) is not dict or sorted(value) != sorted(PARAMS):
        raise Fail("type", text("학습한 network.params (W1, b1, W2, b2 딕셔너리)를 돌려주세요.",
                                "Return the trained network.params (a dict of W1, b1, W2, b2)."), actual=value)
    return {k: np.asarray(v, dtype=float) for k, v in value.items()}


# -- the learner's code, piece by piece (each problem's stub takes the pieces it needs) --------------------

STUB_FUNCTIONS = {
    "sigmoid": '''

def sigmoid(x: np.ndarray) -> np.ndarray:
    raise NotImplementedError
''',
    "softmax": '''

def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch: subtract each row's max, and divide by each row's sum (axis=-1, keepdims=True)."""
    raise NotImplementedError
''',
    "crossEntropyError": '''

def crossEntropyError(y: np.ndarray, t: np.ndarray) -> float:
    """-Σ t * log(y + 1e-7) over the batch, divided by the batch size (y.shape[0]); t is one-hot."""
    raise NotImplementedError
''',
    "numerical_gradient": '''

def numerical_gradient(f, x: np.ndarray) -> np.ndarray:
    """The gradient of f at x for an array of any shape (2-D weights too); each element is put back after use."""
    raise NotImplementedError
''',
}
STUB_METHODS = {
    "__init__": '''
    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01):
        """self.params: 'W1' (input, hidden), 'b1' (hidden,), 'W2' (hidden, output), 'b2' (output,).

        Weights: weight_init_std * np.random.randn(...); biases: zeros.
        """
        raise NotImplementedError
''',
    "predict": '''
    def predict(self, x: np.ndarray) -> np.ndarray:
        """sigmoid(x·W1 + b1), then softmax(·W2 + b2): one row of class probabilities per sample."""
        raise NotImplementedError
''',
    "loss": '''
    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """crossEntropyError(self.predict(x), t)."""
        raise NotImplementedError
''',
    "accuracy": '''
    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """The share of rows whose most probable class is the target's (t is one-hot: compare argmax with argmax)."""
        raise NotImplementedError
''',
    "numerical_gradient": '''
    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict:
        """{'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...}: the numerical gradient of self.loss(x, t) for each parameter.

        loss_W = lambda W: self.loss(x, t) ignores W: numerical_gradient changes self.params[key] in place.
        """
        raise NotImplementedError
''',
}


def stub(functions: tuple[str, ...], methods: tuple[str, ...], mnist: bool = False) -> str:
    """The learner's file: the helper functions, then class TwoLayerNet with the methods asked for."""
    head = "\nimport numpy as np\n" + ("\nfrom dataset.mnist import load_mnist\n" if mnist else "")
    return (head + "".join(STUB_FUNCTIONS[f] for f in functions) + "\n\nclass TwoLayerNet:"
            + "".join(STUB_METHODS[m] for m in methods))
