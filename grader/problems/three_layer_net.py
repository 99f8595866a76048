"""The notes' 3-layer network `TwoLayersNet` (ch05 p159 to ch06 p172): Affine → ReLU/Sigmoid → ... → SoftmaxWithLoss.

The grader has its own forward pass and loss (a few lines, with batch norm and weight decay when asked), and
differentiates that loss numerically on small networks: the learner's backprop `gradient` must agree. Training
runs briefly in the worker on the practice MNIST; the grader then scores the returned parameters itself.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from hypothesis import assume
from hypothesis import strategies as st

from grader.checks import Context, Custom, Mistake, for_all, text
from grader.compare import Fail, expect_equal
from grader.gradcheck import numerical_gradient, relative_error
from grader.problems.common import PER_EPOCH, PER_ITERATION
from grader.problems.forward import sigmoid, softmax
from grader.problems.mnist import practice_mnist
from grader.problems.network_checks import LAYERS_ON_COPIES, backprop_order, data_input, gradient_fail, move_params, refuse_stale_params
from grader.sandbox.session import Handle
from grader.spec import Text

BN_EPS = 1e-6  # the book's 10e-7


@dataclass(frozen=True)
class Net:
    """What kind of TwoLayersNet a problem asks for: how the grader computes it."""

    activation: str = "relu"
    batchnorm: bool = False
    weight_decay: float = 0.0
    args: tuple = ()  # constructor arguments after the four sizes, for the structure and training checks
    grad_args: tuple = (1.0,)  # ... for the gradient check: weight_init_std = 1, so that every gradient is sizeable

    def keys(self) -> list[str]:
        keys = [f"{p}{i}" for i in (1, 2, 3) for p in ("W", "b")]
        return keys + ([f"{p}{i}" for i in (1, 2) for p in ("gamma", "beta")] if self.batchnorm else [])


def activate(kind: str, a: np.ndarray) -> np.ndarray:
    return np.maximum(a, 0) if kind == "relu" else sigmoid(a)


def scores(net: Net, params: dict[str, np.ndarray], x: np.ndarray,
           statistics: list[tuple[np.ndarray, np.ndarray]] | None = None) -> np.ndarray:
    """The last Affine's output. Batch norm normalises with `statistics` (mean, var per hidden layer) when given,
    with the batch's own statistics otherwise (training mode)."""
    h = x
    for i in (1, 2):
        a = h @ params[f"W{i}"] + params[f"b{i}"]
        if net.batchnorm:
            mean, var = statistics[i - 1] if statistics else (a.mean(axis=0), a.var(axis=0))
            a = params[f"gamma{i}"] * (a - mean) / np.sqrt(var + BN_EPS) + params[f"beta{i}"]
        h = activate(net.activation, a)
    return h @ params["W3"] + params["b3"]


def loss(net: Net, params: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, delta: float = 0.0) -> float:
    """Mean cross entropy of softmax (training mode) plus 0.5·λ·ΣW² over the three weight matrices.

    delta: the book's log(y + 1e-7) for the loss's value; 0 for differentiating (backprop differentiates log(y))."""
    y = softmax(scores(net, params, x))
    decay = 0.5 * net.weight_decay * sum(np.sum(params[f"W{i}"] ** 2) for i in (1, 2, 3))
    return float(-np.sum(t * np.log(y + delta)) / x.shape[0] + decay)


def hidden_layers(net: Net, params: dict[str, np.ndarray], x: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per hidden layer in training mode: the Affine's output and the activation's input (the same array without
    batch norm, normalised with the batch's statistics with it)."""
    found, h = [], x
    for i in (1, 2):
        a = h @ params[f"W{i}"] + params[f"b{i}"]
        z = params[f"gamma{i}"] * (a - a.mean(axis=0)) / np.sqrt(a.var(axis=0) + BN_EPS) + params[f"beta{i}"] \
            if net.batchnorm else a
        found.append((a, z))
        h = activate(net.activation, z)
    return found


def at_a_kink(net: Net, layers: list[tuple[np.ndarray, np.ndarray]]) -> bool:
    """Is some ReLU input within 1e-3 of 0 (a whole dead layer gives exact zeros)? There the numerical gradient
    averages the two sides of the kink, and no backprop can agree with it."""
    return net.activation == "relu" and any(np.any(np.abs(z) < 1e-3) for _, z in layers)


def spread_below_a_step(net: Net, layers: list[tuple[np.ndarray, np.ndarray]]) -> bool:
    """Does some batch-norm input vary over the batch by less than 1e-2? Batch norm divides by that spread, so one
    step of the numerical gradient (h = 1e-4) moves its output by a large part of it: the central difference is
    then far from the derivative, and no backprop can agree with it (as at a ReLU kink)."""
    return net.batchnorm and any(np.any(a.std(axis=0) < 1e-2) for a, _ in layers)


def population_statistics(net: Net, params: dict[str, np.ndarray], x: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Mean and variance of each batch-norm layer's input over a whole data set: what running averages estimate."""
    return [(a.mean(axis=0), a.var(axis=0)) for a, _ in hidden_layers(net, params, x)]


def accuracy(net: Net, params: dict[str, np.ndarray], x: np.ndarray, labels: np.ndarray, x_train: np.ndarray) -> float:
    statistics = population_statistics(net, params, x_train) if net.batchnorm else None
    return float(np.mean(scores(net, params, x, statistics).argmax(axis=1) == labels))


def data(seed: int, n: int, n_in: int, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, n_in)), np.eye(n_out)[rng.integers(0, n_out, size=n)]


def read_params(ctx: Context, handle: Handle, net: Net) -> dict[str, np.ndarray]:
    params = ctx.session.attr(handle, "params")
    if type(params) is not dict:
        raise Fail("type", text("self.params 는 딕셔너리여야 합니다 (키 'W1', 'b1', ..., 'b3').",
                                "self.params should be a dict (keys 'W1', 'b1', ..., 'b3')."), actual=params)
    expect_equal(sorted(params), sorted(net.keys()), what="self.params.keys()")
    return {k: np.asarray(v, dtype=float) for k, v in params.items()}


def new_network(ctx: Context, net: Net, sizes: tuple[int, int, int, int], args: tuple | None = None) -> tuple[Handle, dict]:
    """TwoLayersNet(*sizes, *args) in the worker (under the grader's seed), and its params as the grader reads them."""
    handle = ctx.session.new("TwoLayersNet", *sizes, *(net.args if args is None else args), seed=ctx.seed)
    return handle, read_params(ctx, handle, net)


SMALL = st.tuples(st.integers(2, 5), st.integers(2, 4), st.integers(2, 4), st.integers(2, 4))


SAME_START = text("params['{key}']의 값이 모두 같습니다 (0으로 시작?): 그러면 모든 은닉 뉴런이 같은 값과 같은 기울기를 받아 영원히 똑같습니다. "
                  "weight_init_std * np.random.randn(...) 으로 무작위로 시작하세요.",
                  "Every value of params['{key}'] is the same (all-zero start?): then every hidden unit gets the same value and the same "
                  "gradient and stays identical forever. Start random: weight_init_std * np.random.randn(...).")


# -- __init__ ---------------------------------------------------------------------------------------------

def structure_check(net: Net, title: Text | None = None) -> Custom:
    """Keys and shapes of params for 784-50-100-10 and small sizes; biases 0 (gamma 1, beta 0); weights not all equal."""

    def body(ctx: Context, sizes: tuple[int, int, int, int]) -> None:
        _, params = new_network(ctx, net, sizes)
        widths = list(sizes)
        for i in (1, 2, 3):
            expect_equal(params[f"W{i}"].shape, (widths[i - 1], widths[i]), what=f"params['W{i}'].shape")
            expect_equal(params[f"b{i}"], np.zeros(widths[i]), what=text(f"params['b{i}'] (0으로 시작)", f"params['b{i}'] (starts at 0)"))
            if np.all(params[f"W{i}"] == params[f"W{i}"].flat[0]):
                raise Fail("values", SAME_START.format(key=f"W{i}"), actual=params[f"W{i}"])
        if net.batchnorm:
            for i in (1, 2):
                expect_equal(params[f"gamma{i}"], np.ones(widths[i]), what=text(f"params['gamma{i}'] (1로 시작)", f"params['gamma{i}'] (starts at 1)"))
                expect_equal(params[f"beta{i}"], np.zeros(widths[i]), what=text(f"params['beta{i}'] (0으로 시작)", f"params['beta{i}'] (starts at 0)"))

    def run(ctx: Context) -> None:
        body(ctx, (784, 50, 100, 10))
        for_all(ctx, (SMALL,), lambda sizes: body(ctx, sizes))

    return Custom(run, title or text("params의 키와 형상, 편향은 0 (784-50-100-10 과 작은 크기)",
                                     "params' keys and shapes, biases start at 0 (784-50-100-10 and small sizes)"))


def init_std_check(expected_std: Callable[[int], float], mistakes: dict[str, Callable[[int], float]], name: Text) -> Custom:
    """Each W{i}'s sample standard deviation is expected_std(fan-in) within 10 % (at least 1,000 weights each).

    `mistakes`: other rules a learner may have used, by their explanation; the closest one is named.
    """
    sizes_list = ((784, 50, 100, 10), (300, 80, 40, 30))

    def run(ctx: Context) -> None:
        for sizes in sizes_list:
            _, params = new_network(ctx, Net(), sizes)
            for i in (1, 2, 3):
                fan_in, measured = sizes[i - 1], float(np.std(params[f"W{i}"]))
                want = expected_std(fan_in)
                if abs(measured / want - 1) > 0.1:
                    hint = next((says for says, rule in mistakes.items() if abs(measured / rule(fan_in) - 1) <= 0.1), None)
                    raise Fail("values", text(
                        f"TwoLayersNet{sizes}: params['W{i}']의 표준편차가 {measured:.4f} 입니다. {name.ko}라면 앞 층 노드 수 n = {fan_in} 에서 {want:.4f} 이어야 합니다.",
                        f"TwoLayersNet{sizes}: params['W{i}'] has standard deviation {measured:.4f}. {name.en} with n = {fan_in} nodes "
                        f"in the layer before gives {want:.4f}."), show_values=False,
                        hint=hint and text(*hint.split(" | ")))
                if abs(float(np.mean(params[f"W{i}"]))) > 0.1 * want:
                    raise Fail("values", text(f"params['W{i}']의 평균이 0이 아닙니다: np.random.randn (평균 0)에 표준편차를 곱하세요.",
                                              f"params['W{i}'] does not average 0: multiply np.random.randn (mean 0) by the standard deviation."),
                               show_values=False)

    return Custom(run, text(f"가중치 초깃값의 표준편차 = {name.ko} (층마다 앞 층의 노드 수로)",
                            f"the start weights' standard deviation is {name.en} (per layer, from the nodes before it)"))


# -- predict, loss, accuracy, gradient ----------------------------------------------------------------------

NOT_ADDED_TO_GRADIENT = text("가중치 감소가 기울기에 빠졌습니다: 손실에 0.5·λ·ΣW²를 더했다면 grads['W1'] 등에도 λ·W를 더해야 합니다 "
                             "(self.layers['Affine1'].dW + self.weight_decay_lambda * self.params['W1']).",
                             "Weight decay is missing from the gradient: a loss with 0.5·λ·ΣW² has λ·W added to grads['W1'] and the others "
                             "(self.layers['Affine1'].dW + self.weight_decay_lambda * self.params['W1']).")
NOT_ADDED_TO_LOSS = text("손실에 가중치 감소 0.5·λ·(W1²+W2²+W3²의 합)이 빠졌습니다.",
                         "The loss lacks the weight decay 0.5·λ·(sum of W1² + W2² + W3²).")


BIASES_DECAYED = text("가중치 감소가 편향에도 들어갔습니다: 0.5·λ·ΣW² 는 가중치 W1, W2, W3 만의 항이라 grads['b1'] 등에는 λ·b 를 더하지 않습니다.",
                      "Weight decay reaches the biases too: 0.5·λ·ΣW² is a term of the weights W1, W2, W3 alone, so grads['b1'] and the "
                      "others get no λ·b.")


def copied_layers_loss(net: Net, start: dict[str, np.ndarray], moved: dict[str, np.ndarray], x: np.ndarray,
                       t: np.ndarray) -> float:
    """The loss of a network whose Affine layers hold copies of the start W, b (batch norm's gamma, beta and the
    weight decay, read from params, moved)."""
    kept = {**moved, **{k: start[k] for k in moved if k.startswith(("W", "b")) and not k.startswith("beta")}}
    decay = 0.5 * net.weight_decay * sum(np.sum(moved[f"W{i}"] ** 2) for i in (1, 2, 3))
    return loss(Net(net.activation, net.batchnorm), kept, x, t, 1e-7) + decay


def gradient_check(net: Net) -> Custom:
    """loss(x, t) equals the grader's loss, and gradient(x, t) its numerical gradient, on small random networks whose
    parameters were first moved away from their start (non-zero biases): blame goes to the first wrong parameter in
    backprop order, and the data is shown."""

    def run(ctx: Context) -> None:
        def body(sizes: tuple[int, int, int, int], n: int, seed: int) -> None:
            handle, start = new_network(ctx, net, sizes, net.grad_args)
            x, t = data(seed, n, sizes[0], sizes[3])
            try:
                compare(handle, start, x, t, seed)
            except Fail as fail:
                fail.input = data_input(x, t) if fail.input is None else fail.input
                raise

        def compare(handle: Handle, start: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, seed: int) -> None:
            for key in ("W1", "W2", "W3"):  # equal weights put every ReLU at its kink: no gradient to compare
                if np.all(start[key] == start[key].flat[0]):
                    raise Fail("values", SAME_START.format(key=key), actual=start[key])
            params = move_params(ctx, handle, start, seed + 1)
            layers = hidden_layers(net, params, x)
            assume(not at_a_kink(net, layers) and not spread_below_a_step(net, layers))
            value = ctx.session.method(handle, "loss", x, t)
            expected = loss(net, params, x, t, delta=1e-7)
            try:
                expect_equal(value, expected, rtol=1e-5, dtype=None, what="loss(x, t)")
            except Fail as error:
                if np.isclose(float(value), copied_layers_loss(net, start, params, x, t), rtol=1e-5):
                    error.hint = LAYERS_ON_COPIES
                elif net.weight_decay and np.isclose(float(value), loss(Net(net.activation, net.batchnorm), params, x, t, 1e-7), rtol=1e-5):
                    error.hint = NOT_ADDED_TO_LOSS
                raise
            grads = ctx.session.method(handle, "gradient", x, t)
            if type(grads) is not dict:
                raise Fail("type", text("gradient는 params와 같은 키의 딕셔너리를 돌려줘야 합니다.",
                                        "gradient should return a dict with the same keys as params."), actual=grads)
            expect_equal(sorted(grads), sorted(net.keys()), what="gradient(x, t).keys()")
            for key in backprop_order(net.keys()):
                def f(value: np.ndarray, key: str = key) -> float:
                    return loss(net, {**params, key: value}, x, t)
                exact = numerical_gradient(f, params[key])
                expect_equal(np.shape(grads[key]), exact.shape, what=f"grads['{key}'].shape")
                error = relative_error(grads[key], exact)
                if not error <= 1e-5:
                    hint = None
                    if net.weight_decay and key.startswith("W") and \
                            relative_error(grads[key], exact - net.weight_decay * params[key]) <= 1e-5:
                        hint = NOT_ADDED_TO_GRADIENT
                    elif net.weight_decay and key.startswith("b") and \
                            relative_error(grads[key], exact + net.weight_decay * params[key]) <= 1e-5:
                        hint = BIASES_DECAYED
                    raise gradient_fail(key, error, exact, grads[key], text("손실의 수치 미분", "the numerical gradient of the loss"),
                                        x, t, hint)

        for_all(ctx, (SMALL, st.integers(2, 6), st.integers(0, 2**16)), body)

    return Custom(run, text("loss와 gradient(역전파) = 손실과 그 수치 미분 (작은 무작위 신경망, 편향도 0이 아닌 곳에서)",
                            "loss, and gradient (backprop) = the loss's numerical gradient (small random networks, non-zero biases)"),
                  mistakes=[Mistake(LAYERS_ON_COPIES, when=lambda *_: False),
                            *([Mistake(NOT_ADDED_TO_LOSS, when=lambda *_: False), Mistake(NOT_ADDED_TO_GRADIENT, when=lambda *_: False),
                               Mistake(BIASES_DECAYED, when=lambda *_: False)] if net.weight_decay else [])])


# -- training on the practice MNIST ---------------------------------------------------------------------------

def practice_data() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(x_train, labels_train, x_test, labels_test) of the practice MNIST, as load_mnist(normalize=True) gives them."""
    (x_train, t_train), (x_test, t_test) = practice_mnist(normalize=True, one_hot_label=False)
    return x_train.astype(float), t_train, x_test.astype(float), t_test


WRONG_WAY = text("학습할수록 손실이 커집니다: 갱신은 기울기의 반대 방향입니다 (params[key] -= ...).",
                 "The loss grows as it trains: an update goes against the gradient (params[key] -= ...).")


NOT_LEARNING = text("손실이 거의 그대로입니다: 신경망이 쓰는 배열이 갱신되지 않습니다. 계층이 self.params 의 바로 그 배열로 만들어졌는지, "
                    "갱신이 params[key] -= ... 처럼 제자리에서 일어나는지, 반복마다 새 신경망을 만들지 않는지 보세요.",
                    "The loss hardly moves: the arrays the network computes with are not updated. Check that the layers are built on "
                    "the very arrays of self.params, that the update changes them in place (params[key] -= ...), and that train does "
                    "not make a new network in every iteration.")


def trained(ctx: Context, net: Net, result: Any, iters: int, batch_size: int,
            loss_falls: bool = True) -> tuple[dict[str, np.ndarray], dict]:
    """Validate train(...)'s (network.params, history) and return them; the loss must fall along the way."""
    if not (isinstance(result, (tuple, list)) and len(result) == 2 and type(result[1]) is dict):
        raise Fail("type", text("(network.params, 기록 딕셔너리) 두 값을 돌려주세요.", "Return the two values (network.params, the history dict)."),
                   actual=result)
    params, history = result
    if type(params) is not dict:
        raise Fail("type", text("첫 번째 값은 학습한 network.params 딕셔너리입니다.", "The first value is the trained network.params dict."),
                   actual=params)
    expect_equal(sorted(params), sorted(net.keys()), what="network.params.keys()")
    expect_equal(sorted(history), ["test_acc", "train_acc", "train_loss"], what="history.keys()")
    losses = np.asarray(history["train_loss"], dtype=float)
    expect_equal(losses.shape, (iters,), what=PER_ITERATION)
    per_epoch = max(600 // batch_size, 1)
    expect_equal(len(history["test_acc"]), -(-iters // per_epoch), what=PER_EPOCH)
    trained_params = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    if loss_falls:
        refuse_stale_params(ctx, "TwoLayersNet", net.args, trained_params)
    first, last = losses[:10].mean(), losses[-10:].mean()
    if loss_falls and not last < 0.8 * first:
        raise Fail("values", text(f"손실이 충분히 줄지 않았습니다: 처음 10회 평균 {first:.3f}, 마지막 10회 평균 {last:.3f}.",
                                  f"The loss did not fall enough: mean of the first 10 steps {first:.3f}, of the last 10 {last:.3f}."),
                   show_values=False, hint=WRONG_WAY if last > 1.2 * first else NOT_LEARNING if abs(last - first) < 0.05 * first else None)
    return trained_params, history


def score(net: Net, params: dict[str, np.ndarray], dropout: float = 0.0) -> float:
    """Test accuracy of the returned parameters on the practice test set, computed here (dropout: the book's
    test-time scaling by 1 - ratio; batch norm: statistics of the whole training set)."""
    x_train, _, x_test, labels = practice_data()
    if dropout:
        params = {**params, **{f"W{i}": params[f"W{i}"] * (1 - dropout) for i in (2, 3)}}  # a scaled input = scaled weights
    return accuracy(net, params, x_test, labels, x_train)


def learns(ctx: Context, net: Net, result: Any, iters: int, batch_size: int, at_least: float, dropout: float = 0.0,
           what: Text = text("", "")) -> float:
    params, _ = trained(ctx, net, result, iters, batch_size)
    found = score(net, params, dropout)
    if found < at_least:
        raise Fail("values", text(f"{what.ko}돌려준 매개변수의 연습용 시험 데이터 정확도가 {found:.3f} 입니다 ({at_least:.2f} 이상이어야 합니다; 우연은 0.1).",
                                  f"{what.en}The returned parameters score {found:.3f} on the practice test set (at least {at_least:.2f} "
                                  "expected; chance is 0.1)."), show_values=False)
    return found


# -- the learner's file, piece by piece (each stub stands alone: the notes' answers are whole programs) ---------

STUB_HEAD = '''
from collections import OrderedDict

import numpy as np

from dataset.mnist import load_mnist
'''
LAYER_STUBS = {
    "Relu": '''

class Relu:
    """forward: max(0, x), remembering where x <= 0 (self.mask); backward: dout with those places set to 0."""

    def __init__(self):
        self.mask = None

    def forward(self, x):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
''',
    "Sigmoid": '''

class Sigmoid:
    """forward: 1 / (1 + exp(-x)), remembering the output; backward: dout * (1 - out) * out."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
''',
    "Affine": '''

class Affine:
    """forward: x·W + b (W, b are the network's own arrays); backward: sets self.dW, self.db and returns dout·Wᵀ."""

    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
''',
    "SoftmaxWithLoss": '''

class SoftmaxWithLoss:
    """forward(x, t): softmax of each row, then the mean cross entropy with the one-hot t;
    backward(dout=1): (y - t) / batch_size."""

    def __init__(self):
        self.loss = None
        self.y = None
        self.t = None

    def forward(self, x, t):
        raise NotImplementedError

    def backward(self, dout=1):
        raise NotImplementedError
''',
    "BatchNormalization": '''

class BatchNormalization:
    """Batch normalization (book 6.3): out = gamma * (x - mean) / sqrt(var + 10e-7) + beta, per feature (column).

    forward(x, train_flg=True): the batch's mean and variance; also
        self.running_mean = momentum * self.running_mean + (1 - momentum) * mean (likewise running_var, both start at 0).
    forward(x, train_flg=False): normalise with self.running_mean and self.running_var instead.
    backward(dout): returns dx and keeps self.dgamma, self.dbeta.
    """

    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None):
        self.gamma = gamma
        self.beta = beta
        self.momentum = momentum
        self.running_mean = running_mean
        self.running_var = running_var
        self.dgamma = None
        self.dbeta = None

    def forward(self, x, train_flg=True):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
''',
    "Dropout": '''

class Dropout:
    """Dropout (book 6.4.3). forward(x, train_flg=True): self.mask = np.random.rand(*x.shape) > self.dropout_ratio,
    return x * self.mask. forward(x, train_flg=False): return x * (1.0 - self.dropout_ratio).
    backward(dout): dout * self.mask."""

    def __init__(self, dropout_ratio=0.5):
        self.dropout_ratio = dropout_ratio
        self.mask = None

    def forward(self, x, train_flg=True):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
''',
}


def network_stub(init: str, doc: str, train_flg: bool = False) -> str:
    """class TwoLayersNet with the notes' methods: `init` is the __init__ signature line, `doc` its docstring."""
    flag = ", train_flg=False" if train_flg else ""
    flag_doc = ("\n        train_flg=False (evaluation): BatchNormalization / Dropout layers get it too "
                "(layer.forward(x, train_flg)).") if train_flg else ""
    return f'''

class TwoLayersNet:
    """The notes' 3-layer network (named TwoLayersNet in the notes): Affine1 → … → Affine3, then SoftmaxWithLoss."""

    def {init}:
        """{doc}"""
        raise NotImplementedError

    def predict(self, x{flag}):
        """x through every layer of self.layers in order (the scores before softmax).{flag_doc}"""
        raise NotImplementedError

    def loss(self, x, t):
        """self.lastLayer.forward(self.predict(x{', train_flg=True' if train_flg else ''}), t)."""
        raise NotImplementedError

    def accuracy(self, x, t):
        """The share of rows whose largest score is the target class (t one-hot: compare argmax with argmax)."""
        raise NotImplementedError

    def gradient(self, x, t):
        """Backprop: self.loss(x, t), then lastLayer.backward(1) and every layer's backward in reverse order.
        Returns {{'W1': self.layers['Affine1'].dW, 'b1': self.layers['Affine1'].db, ...}} with the same keys as params."""
        raise NotImplementedError
'''


OPTIMIZER_STUBS = {
    "SGD": '''

class SGD:
    """W ← W − lr · ∂L/∂W for every key of params."""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        """Change params in place (params[key] -= ...): the Affine layers share these arrays."""
        raise NotImplementedError
''',
    "Momentum": '''

class Momentum:
    """v ← momentum · v − lr · ∂L/∂W, then W ← W + v. v starts as zeros (one array per key) on the first update only."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        raise NotImplementedError
''',
    "AdaGrad": '''

class AdaGrad:
    """h ← h + (∂L/∂W)², then W ← W − lr · ∂L/∂W / (√h + 1e-7). h starts as zeros on the first update only."""

    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = None

    def update(self, params, grads):
        raise NotImplementedError
''',
    "Adam": '''

class Adam:
    """Adam (book 6.1.6): self.iter += 1 each update; lr_t = lr * sqrt(1 - beta2**iter) / (1 - beta1**iter);
    m += (1 - beta1) * (grad - m); v += (1 - beta2) * (grad**2 - v); W -= lr_t * m / (sqrt(v) + 1e-7).
    m and v start as zeros on the first update only."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        raise NotImplementedError
''',
}

TRAIN_SGD_STUB = '''

def train(iters_num=10000, batch_size=100, learning_rate=0.1):
    """Train {net} on MNIST (load_mnist(normalize=True, one_hot_label=True)) with mini-batch SGD and backprop.

    Every iteration: a random batch (np.random.choice), grads = network.gradient(x_batch, t_batch),
    params[key] -= learning_rate * grads[key] for every key, and the batch's loss appended to history["train_loss"].
    Once per epoch (i % iter_per_epoch == 0, iter_per_epoch = max(train_size / batch_size, 1)): network.accuracy
    on the training and test data appended to history["train_acc"] and history["test_acc"].
    Return (network.params, history).
    """
    raise NotImplementedError
'''
TRAIN_OPTIMIZER_STUB = '''

def train(optimizer, iters_num=10000, batch_size=100{extra}):
    """Train {net} on MNIST (load_mnist(normalize=True, one_hot_label=True)) with the optimizer given.

    Every iteration: a random batch (np.random.choice), grads = network.gradient(x_batch, t_batch),
    optimizer.update(network.params, grads), and the batch's loss appended to history["train_loss"].
    Once per epoch (i % iter_per_epoch == 0, iter_per_epoch = max(train_size / batch_size, 1)): network.accuracy
    on the training and test data appended to history["train_acc"] and history["test_acc"].
    Return (network.params, history).
    """
    raise NotImplementedError
'''


def stub(layers: tuple[str, ...], network: str, optimizers: tuple[str, ...] = (), train: str = "", watch: bool = False) -> str:
    from grader.problems.optimizers import WATCH_UPDATES_STUB

    return (STUB_HEAD + "".join(LAYER_STUBS[name] for name in layers) + network
            + "".join(OPTIMIZER_STUBS[name] for name in optimizers) + (WATCH_UPDATES_STUB if watch else "") + train)


def train_check(net: Net, args: Callable[[Context], tuple], iters: int, batch_size: int, at_least: float,
                title: Text, dropout: float = 0.0) -> Custom:
    """train(*args(ctx)) in the worker on the practice MNIST; the grader scores the parameters it returns.
    args(ctx) gives every argument, iters and batch_size among them (their places differ between problems)."""
    def run(ctx: Context) -> None:
        result = ctx.session.call("train", *args(ctx), seed=ctx.seed)
        learns(ctx, net, result, iters, batch_size, at_least, dropout)

    return Custom(run, title)


def ch05_problem(id: str, slug: str, title: Text, statement: Text, layers: tuple[str, ...], init: str, init_doc: str,
                 train_stub: str, checks: tuple, self_check: Text, hints: tuple[Text, ...], given: str = "",
                 example: str = "") -> Any:
    """p159-p162: the notes' 3-layer network with backprop, trained by plain SGD (the learner's own loop)."""
    from grader.problems.backprop import network_layer_checks
    from grader.problems.mnist import MNIST_FIXTURES
    from grader.spec import Problem

    return Problem(
        id=id, chapter="ch05", slug=slug, title=title, statement=statement, given=given,
        example=example + ("\n" if example else "") + "# 채점은 연습용 MNIST(훈련 600장)로 300번만 학습합니다 / grading trains 300 "
                "steps on the practice MNIST (600 training images).",
        names=(*layers, "TwoLayersNet", "train"),
        stub=stub(layers, network_stub(init, init_doc), train=train_stub),
        checks=(*network_layer_checks(layers), *checks), autograded="partly", self_check=self_check, time_limit=30.0,
        fixtures=MNIST_FIXTURES, hints=hints,
    )


NOTES_DOC = ("params W1 (input, hidden_1), b1, W2 (hidden_1, hidden_2), b2, W3 (hidden_2, output), b3:\n"
             "        weight_init_std * np.random.randn(...) and zeros. self.layers (an OrderedDict): Affine1, {act}1, Affine2,\n"
             "        {act}2, Affine3, built on those very arrays; self.lastLayer = SoftmaxWithLoss().")
