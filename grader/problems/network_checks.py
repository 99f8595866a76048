"""Pieces every network gradient check of chapters 5 and 6 shares: parameters moved away from their start, the
data shown by name, and blame laid on the first wrong parameter in backprop order.

A fresh network has all-zero biases (and gamma 1, beta 0), where some wrong gradients are right by chance: a weight
decay that also decays the biases adds λ·0. So the checks first move every parameter of the learner's network, in
place (the layers hold those very arrays), to values a network has after some training.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from grader.checks import Context, text
from grader.compare import Fail, Named, worst_elements
from grader.sandbox.session import Handle
from grader.spec import Text

LAYERS_ON_COPIES = text("계층이 self.params 의 배열을 쓰지 않습니다: params 를 (제자리에서) 바꿨는데 predict/loss 의 값은 그대로입니다. "
                        "Affine(self.params['W1'], self.params['b1']) 처럼 바로 그 배열로 계층을 만드세요 (.copy() 나 np.array(...) 없이). "
                        "그래야 갱신(params[key] -= ...)과 numerical_gradient 가 계층에 닿습니다.",
                        "The layers do not use the arrays of self.params: the params were changed (in place), yet predict/loss give the "
                        "old values. Build the layers on those very arrays, Affine(self.params['W1'], self.params['b1']) (no .copy() "
                        "or np.array(...)), so that the updates (params[key] -= ...) and numerical_gradient reach them.")


def moved_values(params: dict[str, np.ndarray], seed: int) -> dict[str, np.ndarray]:
    """Values a network may hold after some updates: weights nudged, biases and betas non-zero, gammas around 1."""
    rng = np.random.default_rng(seed)
    moved = {}
    for key, value in params.items():
        if key.startswith("gamma"):
            moved[key] = rng.uniform(0.5, 1.5, size=value.shape)
        elif key.startswith(("b", "beta")):
            moved[key] = rng.normal(scale=0.5, size=value.shape)
        else:
            moved[key] = value + rng.normal(scale=0.1, size=value.shape)
    return moved


def shift_params(ctx: Context, network: Handle, deltas: dict[str, np.ndarray]) -> None:
    """network.params[key] += delta in the worker, for every key of `deltas`: in place, so the layers built on those
    very arrays move too (and layers built on copies give themselves away)."""
    held = ctx.session.keep(network, "__getattribute__", "params")
    for key, delta in deltas.items():
        ctx.session.method(ctx.session.keep(held, "__getitem__", key), "__iadd__", delta)


def move_params(ctx: Context, network: Handle, params: dict[str, np.ndarray], seed: int) -> dict[str, np.ndarray]:
    """Change the network's params arrays in place to `moved_values`, and return them as they read back (a float32
    network keeps float32)."""
    session = ctx.session
    shift_params(ctx, network, {key: value - params[key] for key, value in moved_values(params, seed).items()})
    found = session.attr(network, "params")
    if type(found) is not dict or sorted(found) != sorted(params):
        raise Fail("type", text("self.params 가 딕셔너리가 아니거나 키가 바뀌었습니다.", "self.params is not a dict, or its keys changed."),
                   actual=found)
    moved = {}
    for key in params:
        value = np.asarray(found[key], dtype=float)
        if value.shape != params[key].shape:
            raise Fail("shape", text(f"params['{key}'] 를 제자리에서 바꾸자 형상이 {value.shape} 가 되었습니다: NumPy 배열로 두세요.",
                                     f"Changed in place, params['{key}'] got the shape {value.shape}: keep it a NumPy array."),
                       show_values=False)
        moved[key] = value
    return moved


def backprop_order(keys: Sequence[str]) -> list[str]:
    """The parameters from the last layer to the first: backprop's own order, so that the first wrong one names the
    layer at fault (the layers after it are right)."""
    def place(key: str) -> tuple[int, int]:  # within a layer, batch norm (after the Affine) goes back first
        return -int("".join(c for c in key if c.isdigit()) or 0), 0 if key.startswith(("gamma", "beta")) else 1
    return sorted(keys, key=place)


def data_input(x: np.ndarray, t: np.ndarray, key: str | None = None) -> Named:
    """The data of a failing network check, as the learner reads it (not the hypothesis draw that built it)."""
    shown = Named(x=x, t=t)
    if key is not None:
        shown["parameter"] = key
    return shown


def gradient_fail(key: str, error: float, expected: np.ndarray, actual: Any, against: Text, x: np.ndarray,
                  t: np.ndarray, hint: Text | None = None, first_in_order: bool = True) -> Fail:
    """A wrong grads[key]: the relative error, the worst elements, and which layer that points to."""
    worst = worst_elements(np.asarray(actual, dtype=float), expected)
    layer = "".join(c for c in key if c.isdigit())
    after_ko = (f" 역전파 순서로 처음 틀린 매개변수입니다 (그 뒤 층들의 기울기는 맞음): {layer}번째 층의 backward와 그 층에 "
                "돌아오는 dout을 먼저 보세요.") if first_in_order and layer else ""
    after_en = (f" It is the first wrong parameter in backprop order (the grads of the layers after it are right): look at "
                f"layer {layer}'s backward and at the dout that reaches it.") if first_in_order and layer else ""
    fail = Fail("values", text(f"grads['{key}']: {against.ko}와 상대 오차 {error:.2e} ({worst.ko}).{after_ko}",
                               f"grads['{key}']: relative error {error:.2e} against {against.en} ({worst.en}).{after_en}"),
                expected=expected, actual=actual, hint=hint)
    fail.input = data_input(x, t, key)
    return fail


def refuse_stale_params(ctx: Context, cls: str, ctor_args: tuple, params: dict[str, np.ndarray]) -> None:
    """After training, every parameter must have moved from its start: biases (and betas) from 0, gammas from 1, weights
    from those of a network built as train built it (same class, sizes and seed: train draws its start weights first)."""
    start = {"gamma": 1.0, "beta": 0.0, "b": 0.0}
    stale = [k for k in params if k.startswith(("gamma", "beta", "b"))
             and np.all(params[k] == start["gamma" if k.startswith("gamma") else "b"])]
    weights = [k for k in params if k.startswith("W")]
    try:
        sizes = [params["W1"].shape[0]] + [params[k].shape[1] for k in sorted(weights)]
        fresh = ctx.session.attr(ctx.session.new(cls, *sizes, *ctor_args, seed=ctx.seed), "params")
        stale += [k for k in weights if np.array_equal(np.asarray(fresh[k], dtype=float), params[k])]
    except Exception:  # noqa: BLE001  no fresh network to compare with: the biases alone tell
        pass
    if stale:
        keys = ", ".join(f"params['{k}']" for k in backprop_order(stale)[::-1])
        raise Fail("values", text(f"학습 뒤에도 {keys} 가 처음 값 그대로입니다: 갱신 반복이 이 매개변수를 빠뜨렸습니다 "
                                  "(for key in network.params.keys(): 처럼 params 의 모든 키를 갱신하세요).",
                                  f"After training, {keys} still hold their start values: the update loop leaves them out (update every "
                                  "key of params, for key in network.params.keys():)."), show_values=False)
