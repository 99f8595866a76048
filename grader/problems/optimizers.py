"""Chapter 6: optimizers (SGD, Momentum, AdaGrad, Adam), batch normalization and dropout, checked step by step.

An optimizer's `update(params, grads)` is driven through the stub's given `watch_updates` on small dicts of arrays,
several calls in a row on one object, and compared with the grader's own few-line rule. Known wrong versions
(momentum reset every call, Adam without bias correction, AdaGrad without 1e-7, a rebinding update) are named.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Context, Custom, LayerGradient, Mistake, for_all, text
from grader.compare import Fail, expect_equal
from grader.problems.three_layer_net import Net, learns
from grader.spec import Problem, Text

Arrays = dict[str, np.ndarray]
Rule = Callable[[Arrays, list[Arrays]], list[Arrays]]

# -- the grader's own rules: params after each of several updates (copies; the input is left alone) -----------


def sgd(lr: float) -> Rule:
    def run(params: Arrays, grads_list: list[Arrays]) -> list[Arrays]:
        p, seen = {k: v.copy() for k, v in params.items()}, []
        for g in grads_list:
            p = {k: p[k] - lr * g[k] for k in p}
            seen.append(p)
        return seen
    return run


def momentum(lr: float, alpha: float, reset: bool = False) -> Rule:
    def run(params: Arrays, grads_list: list[Arrays]) -> list[Arrays]:
        p, seen = {k: v.copy() for k, v in params.items()}, []
        v = {k: np.zeros_like(x) for k, x in p.items()}
        for g in grads_list:
            if reset:
                v = {k: np.zeros_like(x) for k, x in p.items()}
            v = {k: alpha * v[k] - lr * g[k] for k in p}
            p = {k: p[k] + v[k] for k in p}
            seen.append(p)
        return seen
    return run


def adagrad(lr: float, eps: float = 1e-7, reset: bool = False) -> Rule:
    def run(params: Arrays, grads_list: list[Arrays]) -> list[Arrays]:
        p, seen = {k: v.copy() for k, v in params.items()}, []
        h = {k: np.zeros_like(x) for k, x in p.items()}
        with np.errstate(divide="ignore", invalid="ignore"):
            for g in grads_list:
                h = {k: (0 if reset else h[k]) + g[k] * g[k] for k in p}
                p = {k: p[k] - lr * g[k] / (np.sqrt(h[k]) + eps) for k in p}
                seen.append(p)
        return seen
    return run


def adam(lr: float, beta1: float, beta2: float, corrected: bool = True, step_per_key: bool = False,
         squared: bool = True) -> Rule:
    """Adam's steps; the wrong variants: no bias correction, iter counted once per key (self.iter += 1 inside the
    loop over params), v averaging the gradient instead of its square."""
    def run(params: Arrays, grads_list: list[Arrays]) -> list[Arrays]:
        p, seen = {k: v.copy() for k, v in params.items()}, []
        m = {k: np.zeros_like(x) for k, x in p.items()}
        v = {k: np.zeros_like(x) for k, x in p.items()}
        count = 0
        with np.errstate(invalid="ignore", divide="ignore"):
            for i, g in enumerate(grads_list, start=1):
                p = dict(p)
                for k in params:
                    count = count + 1 if step_per_key else i
                    lr_t = lr * np.sqrt(1 - beta2 ** count) / (1 - beta1 ** count) if corrected else lr
                    m[k] = beta1 * m[k] + (1 - beta1) * g[k]
                    v[k] = beta2 * v[k] + (1 - beta2) * (g[k] ** 2 if squared else g[k])
                    p[k] = p[k] - lr_t * m[k] / (np.sqrt(v[k]) + 1e-7)
                seen.append(p)
        return seen
    return run


# -- drawing params and a few steps of gradients -----------------------------------------------------------------

_VALUES = st.floats(-2, 2, width=64)
# Gradients away from 0 (so that the 1e-7 in AdaGrad and Adam is negligible against √h), with an exact 0 now and then:
# a parameter whose gradient is still 0 is where a missing 1e-7 divides 0 by 0.
_GRADS = st.one_of(st.floats(0.2, 2, width=64), st.floats(-2, -0.2, width=64), st.just(0.0))


@st.composite
def updates(draw: Any) -> tuple[Arrays, list[Arrays]]:
    """A params dict of 1-3 small arrays (W1 2-D, b1 1-D, ...), and gradients of those shapes for 3-5 steps."""
    keys = draw(st.lists(st.sampled_from(["W1", "b1", "W2"]), min_size=1, max_size=3, unique=True))
    shapes = {k: draw(hnp.array_shapes(min_dims=2 if k.startswith("W") else 1, max_dims=2 if k.startswith("W") else 1,
                                       max_side=3)) for k in sorted(keys)}
    params = {k: draw(hnp.arrays(np.float64, s, elements=_VALUES)) for k, s in shapes.items()}
    steps = draw(st.integers(3, 5))
    grads = [{k: draw(hnp.arrays(np.float64, s, elements=_GRADS)) for k, s in shapes.items()} for _ in range(steps)]
    return params, grads


WATCH_UPDATES_STUB = '''

def watch_updates(optimizer, params: dict, grads_list: list) -> list:
    """Given (leave as is): how the grader watches your optimizer. It calls optimizer.update(params, grads) for each
    grads in turn, on one optimizer object, and records the arrays params held at the start after each call:
    update must change them in place (params[key] -= ...), as the network's Affine layers share those arrays."""
    arrays = dict(params)
    seen = []
    for grads in grads_list:
        optimizer.update(params, grads)
        seen.append({key: np.array(value, dtype=float) for key, value in arrays.items()})
    return seen
'''

NOT_IN_PLACE = Mistake(text("update가 배열을 제자리에서 바꾸지 않았습니다 (params[key] = params[key] - ... 는 새 배열을 만듭니다). "
                            "신경망의 Affine 계층은 처음 배열을 그대로 쓰므로 학습되지 않습니다: params[key] -= ... 처럼 제자리에서 바꾸세요.",
                            "update does not change the arrays in place (params[key] = params[key] - ... makes a new array). The network's "
                            "Affine layers keep using the old arrays and would not learn: change them in place, params[key] -= ..."),
                       when=lambda args, actual: _all_equal_start(args, actual))


def _all_equal_start(args: tuple, actual: Any) -> bool:
    params = args[0]
    try:
        return all(np.array_equal(np.asarray(step[k], dtype=float), params[k]) for step in actual for k in params)
    except Exception:
        return False


def optimizer_check(cls: str, ctor_args: tuple, rule: Rule, mistakes: list[tuple[Rule | Callable[..., bool], Text]],
                    rtol: float = 1e-6) -> Custom:
    """cls(*ctor_args), then watch_updates(optimizer, params, grads_list) on drawn updates equals `rule`'s steps.

    mistakes: (a wrong rule, or a predicate on (args, actual), and what it says); a matching wrong rule names the mistake.
    """
    named = [NOT_IN_PLACE] + [
        Mistake(says, when=(lambda args, actual, wrong=wrong: _matches(actual, wrong(*args), rtol))
                if getattr(wrong, "is_rule", True) else wrong) for wrong, says in mistakes]

    def run(ctx: Context) -> None:
        def body(drawn: tuple[Arrays, list[Arrays]]) -> None:
            params, grads_list = drawn
            optimizer = ctx.session.new(cls, *ctor_args, seed=ctx.seed)
            seen = ctx.session.call("watch_updates", optimizer, params, grads_list, seed=ctx.seed)
            expected = rule(params, grads_list)
            try:
                if not isinstance(seen, list) or len(seen) != len(expected):
                    raise Fail("type", text("watch_updates는 바꾸지 마세요: 갱신마다 params를 기록한 리스트를 돌려줍니다.",
                                            "Leave watch_updates as given: it returns a list of params, one per update."), actual=seen)
                for step, (got, want) in enumerate(zip(seen, expected), start=1):
                    expect_equal(got, want, what=text(f"{step}번째 update 뒤의 params", f"params after update {step}"), rtol=rtol,
                                 atol=rtol, dtype=None)
            except Fail as error:
                error.input = (params, grads_list)
                error.hint = next((m.says for m in named if m.matches((params, grads_list), seen)), error.hint)
                raise

        for_all(ctx, (updates(),), body)

    args = ", ".join(map(str, ctor_args))
    return Custom(run, text(f"{cls}({args}).update 를 여러 번 연달아: 매 단계의 params (상태는 호출 사이에 유지)",
                            f"{cls}({args}).update several times in a row: params after every step (state kept between calls)"))


def _matches(actual: Any, expected: list[Arrays], rtol: float) -> bool:
    try:
        expect_equal(actual, expected, rtol=rtol, atol=rtol, dtype=None)
        return True
    except Exception:
        return False


def has_nan(args: tuple, actual: Any) -> bool:
    try:
        return any(np.isnan(np.asarray(step[k], dtype=float)).any() for step in actual for k in step)
    except Exception:
        return False


has_nan.is_rule = False  # type: ignore[attr-defined]

MOMENTUM_RESET = text("속도 v를 update마다 0으로 되돌렸습니다: 그러면 Momentum이 그냥 SGD가 됩니다. v는 처음 한 번만 "
                      "(if self.v is None: 안에서) 만들고, 호출 사이에 이어서 쓰세요.",
                      "The velocity v is reset to 0 on every update: Momentum then is plain SGD. Create v once (inside "
                      "if self.v is None:) and carry it over from call to call.")
ADAGRAD_NO_EPS = text("AdaGrad의 분모에 1e-7이 빠졌습니다: 기울기가 아직 0인 원소에서 0/0 = nan 이 됩니다. "
                      "params[key] -= lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7).",
                      "AdaGrad's denominator lacks the 1e-7: where a gradient is still 0 it divides 0 by 0 (nan). "
                      "params[key] -= lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7).")
ADAGRAD_RESET = text("h를 update마다 새로 만들었습니다: h는 지금까지의 기울기 제곱을 모두 더한 값이라, 처음 한 번만 0으로 만들고 "
                     "self.h[key] += grads[key] * grads[key] 로 쌓아 가야 합니다.",
                     "h is made anew on every update: it is the sum of all squared gradients so far, so create it (zeros) once and "
                     "accumulate, self.h[key] += grads[key] * grads[key].")
MOMENTUM_SIGN = text("Momentum의 부호가 반대입니다: 속도는 기울기의 반대 방향으로 쌓입니다, self.v[key] = self.momentum * self.v[key] - self.lr * grads[key], "
                     "그다음 params[key] += self.v[key] (v에 기울기를 더하거나 params에서 v를 빼면 손실을 오릅니다).",
                     "Momentum's sign is flipped: the velocity builds up against the gradient, self.v[key] = self.momentum * self.v[key] - "
                     "self.lr * grads[key], then params[key] += self.v[key] (adding the gradient to v, or subtracting v from params, "
                     "climbs the loss).")
ADAM_STEP_PER_KEY = text("self.iter 가 매개변수마다 늘어납니다: for key in params 안에서 self.iter += 1 을 하면 한 번의 update에 키 수만큼 "
                         "늘어 편향 보정이 틀립니다. self.iter += 1 과 lr_t 는 update마다 한 번, 반복문 밖에서.",
                         "self.iter grows once per parameter: self.iter += 1 inside for key in params counts every key, so one update "
                         "advances it by the number of keys and the bias correction is wrong. Do self.iter += 1 and lr_t once per update, "
                         "outside the loop.")
ADAM_V_NOT_SQUARED = text("Adam의 v는 기울기의 제곱의 이동 평균입니다: self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key]) "
                          "(제곱이 빠지면 v가 음수가 되어 np.sqrt 가 nan 이 됩니다).",
                          "Adam's v is the moving average of the squared gradient: self.v[key] += (1 - self.beta2) * (grads[key]**2 - "
                          "self.v[key]) (without the square, v goes negative and np.sqrt gives nan).")
ADAM_NO_BIAS_CORRECTION = text("Adam의 편향 보정이 빠졌습니다: m과 v는 0에서 시작하므로 처음 몇 단계는 너무 작습니다. "
                               "lr_t = lr * np.sqrt(1 - beta2**iter) / (1 - beta1**iter) 로 나누어 보정하세요 (iter는 update마다 1씩 증가).",
                               "Adam lacks its bias correction: m and v start at 0, so the first steps underestimate them. Use "
                               "lr_t = lr * np.sqrt(1 - beta2**iter) / (1 - beta1**iter), with iter counting the updates.")


# -- batch normalization ----------------------------------------------------------------------------------------

BN_GAMMA, BN_BETA = np.array([1.5, 0.5, 2.0]), np.array([0.1, -0.2, 0.3])


def _bn(x: np.ndarray, mean: np.ndarray, var: np.ndarray) -> np.ndarray:
    return BN_GAMMA * (x - mean) / np.sqrt(var + 1e-6) + BN_BETA


_BATCHES = st.tuples(st.integers(2, 6), st.integers(0, 2**16)).map(
    lambda a: np.random.default_rng(a[1]).normal(loc=np.array([1.0, -2.0, 0.5]), scale=np.array([1.0, 3.0, 0.5]), size=(a[0], 3)))

BATCH_STATS_AT_TEST = text("시험(train_flg=False) 때에도 배치의 평균과 분산을 썼습니다: 시험 때는 학습 중에 모은 이동 평균 "
                           "self.running_mean, self.running_var 로 정규화합니다 (이미지 한 장에는 분산이 없습니다).",
                           "At test time (train_flg=False) it normalises with the batch's own mean and variance: testing uses the "
                           "running averages gathered in training, self.running_mean and self.running_var (one image has no variance).")


def batchnorm_checks() -> tuple[Custom, LayerGradient]:
    def forward(ctx: Context) -> None:
        def body(x1: np.ndarray, x2: np.ndarray, x3: np.ndarray) -> None:
            layer = ctx.session.new("BatchNormalization", BN_GAMMA, BN_BETA, 0.9)
            for x in (x1, x2):
                out = ctx.session.method(layer, "forward", x, True)
                expect_equal(out, _bn(x, x.mean(axis=0), x.var(axis=0)), rtol=1e-4, atol=1e-6, dtype=None,
                             what="forward(x, train_flg=True)")
            running_mean = 0.9 * (0.1 * x1.mean(axis=0)) + 0.1 * x2.mean(axis=0)
            running_var = 0.9 * (0.1 * x1.var(axis=0)) + 0.1 * x2.var(axis=0)
            expect_equal(ctx.session.attr(layer, "running_mean"), running_mean, rtol=1e-6, dtype=None,
                         what=text("running_mean (0에서 시작, momentum 0.9)", "running_mean (starts at 0, momentum 0.9)"))
            expect_equal(ctx.session.attr(layer, "running_var"), running_var, rtol=1e-6, dtype=None,
                         what="running_var")
            out = ctx.session.method(layer, "forward", x3, False)
            try:
                expect_equal(out, _bn(x3, running_mean, running_var), rtol=1e-4, atol=1e-6, dtype=None,
                             what="forward(x, train_flg=False)")
            except Fail as error:
                if _matches(out, _bn(x3, x3.mean(axis=0), x3.var(axis=0)), 1e-4):
                    error.hint = BATCH_STATS_AT_TEST
                raise

        for_all(ctx, (_BATCHES, _BATCHES, _BATCHES), body)

    def gradient_mistake(args: tuple, actual: Any) -> bool:  # the simple gamma * dout / std, ignoring mean and variance
        (x,), dout = args
        return _matches(actual, BN_GAMMA * dout / np.sqrt(x.var(axis=0) + 1e-6), 1e-4)

    def mean_term_missing(args: tuple, actual: Any) -> bool:  # the book's backward without dx = dxc - dmu / N
        (x,), dout = args
        xc = x - x.mean(axis=0)
        std = np.sqrt(x.var(axis=0) + 1e-6)
        dxn = BN_GAMMA * dout
        dvar = 0.5 * -np.sum(dxn * xc / std ** 2, axis=0) / std
        return _matches(actual, dxn / std + (2.0 / len(x)) * xc * dvar, 1e-4)

    return (
        Custom(forward, text("forward: 학습 때는 배치의 평균·분산, 이동 평균 갱신, 시험 때는 이동 평균 (감마 [1.5, 0.5, 2], 베타 [0.1, -0.2, 0.3])",
                             "forward: batch mean and variance in training, running averages updated, and used at test time "
                             "(gamma [1.5, 0.5, 2], beta [0.1, -0.2, 0.3])")),
        LayerGradient("BatchNormalization", _BATCHES.map(lambda x: (x,)), ctor_args=(BN_GAMMA, BN_BETA), tolerance=1e-4,
                      title=text("BatchNormalization backward (dx) = 수치 미분", "BatchNormalization backward (dx) matches the numerical gradient"),
                      mistakes=[Mistake(text("dx = gamma * dout / std 만으로는 부족합니다: 평균과 분산도 x에 따라 변하므로 그 경로의 기울기를 더해야 합니다.",
                                             "dx = gamma * dout / std is not all: the mean and the variance change with x too, and their "
                                             "paths add to the gradient."), when=gradient_mistake),
                               Mistake(text("평균을 거치는 경로가 빠졌습니다: 책의 역전파 끝에서 dmu = np.sum(dxc, axis=0); dx = dxc - dmu / batch_size "
                                            "(평균 mu도 x의 모든 원소에 따라 변합니다).",
                                            "The path through the mean is missing: the book's backward ends with dmu = np.sum(dxc, axis=0); "
                                            "dx = dxc - dmu / batch_size (the mean mu changes with every element of x too)."),
                                       when=mean_term_missing)]),
    )


def batchnorm_param_grads_check() -> Custom:
    """After backward, dgamma = Σ xn·dout and dbeta = Σ dout (per feature), kept on the layer."""
    def run(ctx: Context) -> None:
        def body(x: np.ndarray, seed: int) -> None:
            layer = ctx.session.new("BatchNormalization", BN_GAMMA, BN_BETA)
            ctx.session.method(layer, "forward", x, True)
            dout = np.random.default_rng(seed).normal(size=x.shape)
            ctx.session.method(layer, "backward", dout)
            xn = (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + 1e-6)
            expect_equal(ctx.session.attr(layer, "dbeta"), dout.sum(axis=0), dtype=None, rtol=1e-6, what="self.dbeta")
            expect_equal(ctx.session.attr(layer, "dgamma"), np.sum(xn * dout, axis=0), dtype=None, rtol=1e-4, what="self.dgamma")

        for_all(ctx, (_BATCHES, st.integers(0, 2**16)), body)

    return Custom(run, text("backward 뒤 self.dgamma = Σ xn·dout, self.dbeta = Σ dout", "after backward, self.dgamma = Σ xn·dout and self.dbeta = Σ dout"))


# -- dropout ----------------------------------------------------------------------------------------------------

TEST_SCALING = text("시험 때(train_flg=False)의 크기가 학습 때의 평균과 맞지 않습니다: 학습 때 x * mask 라면 시험 때는 x * (1.0 - dropout_ratio) "
                    "입니다 (살아남는 비율을 곱함, dropout_ratio가 아니라).",
                    "The test-time (train_flg=False) output does not match the training output on average: with x * mask in training, "
                    "testing returns x * (1.0 - dropout_ratio) (the share kept, not the ratio dropped).")


def dropout_check(ratio: float = 0.15) -> Custom:
    """Training: each unit kept (unchanged, or /(1-r) for inverted dropout) or zeroed, about r of them zeroed; backward
    passes dout through the same mask; testing: the expected training output (x·(1-r), or x with inverted dropout)."""
    def run(ctx: Context) -> None:
        x = np.random.default_rng(ctx.seed).uniform(0.5, 1.5, size=(100, 100))
        layer = ctx.session.new("Dropout", ratio)
        out = np.asarray(ctx.session.method(layer, "forward", x, True, seed=ctx.seed), dtype=float)
        expect_equal(out.shape, x.shape, what="forward(x, True).shape")
        kept = out != 0
        factor = out[kept] / x[kept] if kept.any() else np.array([1.0])
        scale = float(factor.mean())
        if not np.allclose(factor, scale) or not (np.isclose(scale, 1.0) or np.isclose(scale, 1 / (1 - ratio))):
            raise Fail("values", text("학습 때 forward는 원소마다 x 그대로(또는 0)여야 합니다: return x * self.mask.",
                                      "In training each element of forward is x itself or 0: return x * self.mask."), show_values=False)
        dropped = 1 - kept.mean()
        if abs(dropped - ratio) > 0.03:
            raise Fail("values", text(f"꺼진 뉴런의 비율이 {dropped:.3f} 입니다 ({ratio} 이어야 함): self.mask = np.random.rand(*x.shape) > self.dropout_ratio.",
                                      f"{dropped:.3f} of the units were dropped ({ratio} expected): self.mask = np.random.rand(*x.shape) > self.dropout_ratio."),
                       show_values=False)
        dout = np.random.default_rng(ctx.seed + 1).normal(size=x.shape)
        dx = np.asarray(ctx.session.method(layer, "backward", dout), dtype=float)
        expect_equal(dx, dout * kept * scale, dtype=None, what=text("backward(dout) (forward의 mask 그대로)", "backward(dout) (the forward's own mask)"))
        test = ctx.session.method(layer, "forward", x, False)
        try:
            expect_equal(test, x * (1 - ratio) * scale, dtype=None, what="forward(x, train_flg=False)")
        except Fail as error:
            error.hint = TEST_SCALING
            raise

    return Custom(run, text(f"Dropout({ratio}): 학습 때 mask, backward는 같은 mask, 시험 때 크기 맞춤",
                            f"Dropout({ratio}): a mask in training, backward through the same mask, test-time scaling"))


# -- the training check of p163-p172: one table ---------------------------------------------------------------------

BATCH = 100


@dataclass(frozen=True)
class Training:
    """How a problem's training check runs: train(optimizer(*optimizer_args), steps, BATCH, *train_args) in the worker on
    the practice MNIST; the loss must fall (below 0.8 of its start) and the returned parameters, scored here as `net`
    (dropout: its test-time scaling), reach `at_least` on the practice test set."""

    optimizer: str
    optimizer_args: tuple
    steps: int
    at_least: float
    net: Net = Net()
    dropout: float = 0.0
    train_args: tuple = ()

    def made(self) -> str:
        return f"{self.optimizer}({', '.join(map(str, self.optimizer_args))})"


# From the reference and tests/correct over 30 seeds (benchmarks/optimizer_training_margin.py). SGD from weight_init_std
# 0.02 sits on a plateau at first: SGD(0.1) passed 29 of 30 seeds after 300 steps (accuracy 0.595) and none after 150;
# SGD(0.2) after 300 reaches worst loss ratio 0.014, accuracy 0.985. The others within 150 steps: worst loss ratio
# 0.012-0.136 (< 0.8), worst accuracy 0.960 (>= 0.9; Momentum 0.955 against >= 0.6).
ADAM = ("Adam", (0.001,))
TRAIN: dict[str, Training] = {
    "p163": Training("SGD", (0.2,), 300, 0.6),
    "p164": Training("Momentum", (0.05, 0.9), 150, 0.6),
    "p165": Training("AdaGrad", (0.01,), 150, 0.9),
    "p166": Training(*ADAM, 150, 0.9),
    "p167": Training(*ADAM, 150, 0.9, train_args=(0.02,)),  # the stub's weight_init_std=0 learns nothing, on purpose
    "p168": Training(*ADAM, 150, 0.9, Net(args=())),
    "p169": Training(*ADAM, 150, 0.9, Net(args=())),
    "p170": Training(*ADAM, 150, 0.9, Net(batchnorm=True)),
    "p171": Training(*ADAM, 150, 0.9, Net(args=(0.02, 0.15)), dropout=0.15),
    "p172": Training(*ADAM, 150, 0.9, Net(weight_decay=0.001)),
}


def training_check(id: str, what: Text = text("", "")) -> Custom:
    """Problem `id`'s training run (TRAIN[id]); `what` starts its failure message (which run failed, when a problem has two)."""
    training = TRAIN[id]

    def run(ctx: Context) -> None:
        optimizer = ctx.session.new(training.optimizer, *training.optimizer_args)
        result = ctx.session.call("train", optimizer, training.steps, BATCH, *training.train_args, seed=ctx.seed)
        learns(ctx, training.net, result, training.steps, BATCH, training.at_least, training.dropout, what)

    return Custom(run, text(f"{what.ko}{training.made()}로 연습용 MNIST {training.steps}번 학습: 손실이 줄고 시험 정확도 {training.at_least} 이상",
                            f"{what.en}{training.steps} steps of {training.made()} on the practice MNIST: the loss falls, test accuracy at "
                            f"least {training.at_least}"))


def _grading_trains(id: str) -> str:
    steps = TRAIN[id].steps
    return f"채점은 연습용 MNIST(훈련 600장)로 {steps}번만 학습합니다 / grading trains {steps} steps on the practice MNIST."


# -- the optimizer problems (p163-p166): the optimizer, the network, and a short training run -----------------------

def optimizer_problem(id: str, slug: str, title: Text, statement: Text, cls: str, checks: tuple, hints: tuple[Text, ...],
                      given: str = "") -> Problem:
    """Problem `id`: class `cls` (checked by `checks`), the notes' network (its gradient checked), and train(cls(...)) (TRAIN[id])."""
    from grader.problems.backprop import network_layer_checks
    from grader.problems.mnist import MNIST_FIXTURES
    from grader.problems.three_layer_net import TRAIN_OPTIMIZER_STUB, gradient_check, network_stub, stub

    return Problem(
        id=id, chapter="ch06", slug=slug, title=title, statement=statement, given=given,
        example=f">>> params, history = train({cls}(), iters_num=10000, batch_size=100)\n"
                "# 노트의 답은 for key in (...) 안에서 기울기 계산과 갱신을 6번 되풀이합니다: 반복마다 한 번이 알고리즘입니다.\n"
                "# The notes' answer repeats the gradient and the update 6 times inside for key in (...): once per\n"
                f"# iteration is the algorithm. {_grading_trains(id)}",
        names=("Relu", "Affine", "SoftmaxWithLoss", "TwoLayersNet", cls, "train"),
        stub=stub(("Relu", "Affine", "SoftmaxWithLoss"), network_stub(NOTES_INIT, NOTES_INIT_DOC), (cls,),
                  TRAIN_OPTIMIZER_STUB.format(net="TwoLayersNet(784, 50, 50, 10)", extra=""), watch=True),
        checks=(*checks, *network_layer_checks(("Relu", "Affine", "SoftmaxWithLoss")), gradient_check(Net()), training_check(id)),
        autograded="partly",
        self_check=text("전체 MNIST로 학습한 history['train_acc'], history['test_acc']를 에폭별로 그려 보고, 앞 문제의 옵티마이저와 "
                        "학습 속도를 비교하세요.",
                        "Train on the full MNIST, plot history['train_acc'] and history['test_acc'] per epoch, and compare how fast "
                        "it learns with the previous problem's optimizer."),
        time_limit=30.0, fixtures=MNIST_FIXTURES,
        hints=(*hints, text("학습 반복 안에서: grads = network.gradient(x_batch, t_batch); optimizer.update(network.params, grads) — 한 번만.",
                            "Inside the training loop: grads = network.gradient(x_batch, t_batch); optimizer.update(network.params, grads), once.")),
    )


NOTES_INIT = "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02)"
NOTES_INIT_DOC = ("params W1 (input, hidden_1), b1, W2 (hidden_1, hidden_2), b2, W3 (hidden_2, output), b3:\n"
                  "        weight_init_std * np.random.randn(...) and zeros. self.layers (an OrderedDict): Affine1, Relu1, Affine2,\n"
                  "        Relu2, Affine3, built on those very arrays; self.lastLayer = SoftmaxWithLoss().")


def adam_network_problem(id: str, slug: str, title: Text, statement: Text, layers: tuple[str, ...], init: str, init_doc: str,
                         checks: tuple, self_check: Text, hints: tuple[Text, ...], given: str = "", train_flg: bool = False,
                         extra_train: str = "", train_check: Custom | None = None) -> Problem:
    """p167-p172: the notes' network changed one way (init, batch norm, dropout, decay), trained with the learner's Adam (TRAIN[id])."""
    from grader.problems.backprop import network_layer_checks
    from grader.problems.mnist import MNIST_FIXTURES
    from grader.problems.three_layer_net import TRAIN_OPTIMIZER_STUB, network_stub, stub

    names = (*layers, "TwoLayersNet", "Adam", "train")
    return Problem(
        id=id, chapter="ch06", slug=slug, title=title, statement=statement, given=given,
        example=f">>> params, history = train(Adam(), iters_num=10000, batch_size=100)\n# {_grading_trains(id)}",
        names=names,
        stub=stub(layers, network_stub(init, init_doc, train_flg), ("Adam",),
                  TRAIN_OPTIMIZER_STUB.format(net="TwoLayersNet(784, 50, 50, 10)", extra=extra_train)),
        checks=(*network_layer_checks(layers), *checks, train_check or training_check(id)),
        autograded="partly", self_check=self_check, time_limit=30.0, fixtures=MNIST_FIXTURES, hints=hints,
    )
