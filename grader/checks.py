"""The handful of shared checkers every problem is built from.

A check runs in the trusted grader process. It drives the learner's code through `ctx.session`
(a proxy to the sandboxed worker) and judges the plain data that comes back. It passes by returning,
and fails by raising `Fail` (wrong answer); learner exceptions arrive as `LearnerError`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from grader.compare import Fail, Named, expect_equal, expect_form
from grader.gradcheck import H, NumericalGradient, gradient_error
from grader.sandbox.session import Handle, LearnerError, Session
from grader.spec import Problem, Text, text


class ReferenceMissing(Exception):
    """The check compares with the reference solution, and none is installed (a learner release)."""


@dataclass
class Context:
    session: Session
    problem: Problem
    settings: settings
    seed: int
    reference_root: str | None = "reference"  # None: solutions are not available here
    check_key: str = ""  # names this check's failing examples in hypothesis' database
    changed_inputs: list[tuple[str, int]] = field(default_factory=list)  # (function, argument position) since the last check

    def call(self, name: str, *args: Any) -> Any:
        """`name(*args)` in the worker, seeded, watching the arrays passed in (see `refuse_changed_inputs`)."""
        watch = name not in self.problem.changes_inputs
        actual = self.session.call(name, *args, seed=self.seed, watch=watch)
        if watch and self.session.changed_args:
            self.changed_inputs.append((name, self.session.changed_args[0]))
        return actual

    def method(self, handle: Handle, method: str, *args: Any, seed: int | None = None) -> Any:
        """`handle.method(*args)` in the worker, watching the arrays passed in, as `call` does."""
        actual = self.session.method(handle, method, *args, seed=seed, watch=True)
        if self.session.changed_args:
            self.changed_inputs.append((method, self.session.changed_args[0]))
        return actual

    def refuse_changed_inputs(self) -> None:
        """The arrays given to the learner's functions must come back unchanged, unless the problem says the
        function updates them (Problem.changes_inputs). Checked after the values, so a wrong value is named first."""
        if self.changed_inputs:
            name, position = self.changed_inputs[0]
            self.changed_inputs.clear()
            raise changed_input_fail(name, position, _parameters(self.problem, name))

    def reference(self) -> Any:
        """The problem's reference solution module (instructor installs, CI and official grading only)."""
        if self.reference_root is None:
            raise ReferenceMissing()
        try:
            return importlib.import_module(f"{self.reference_root}.{self.problem.chapter}.{self.problem.module}")
        except ImportError:
            raise ReferenceMissing() from None


@dataclass(frozen=True)
class Mistake:
    """A known misconception, recognised from the learner's wrong result, and named in plain words."""

    says: Text
    like: Callable[..., Any] | None = None  # a wrong implementation: matching its output identifies the mistake
    when: Callable[..., bool] | None = None  # or a predicate on (args, actual)

    def matches(self, args: tuple, actual: Any) -> bool:
        try:
            if self.when is not None:
                return bool(self.when(args, actual))
            expect_equal(actual, self.like(*args), rtol=1e-5, atol=1e-7, dtype=None)
            return True
        except Exception:
            return False


def _name_mistake(error: Fail, mistakes: Sequence[Mistake], args: tuple, whole: Any = None) -> None:
    # A mistake describes the whole result; a Fail from a nested list/tuple only carries the part that differed.
    # A problem's own named mistake is more specific than the comparer's generic hint, so it wins.
    seen = [error.actual] if whole is None or whole is error.actual else [whole, error.actual]
    error.hint = next((m.says for m in mistakes if any(m.matches(args, a) for a in seen)), error.hint)


class Check:
    title: Text
    needs_reference: bool = False

    def run(self, ctx: Context) -> None:
        raise NotImplementedError


SHRINK_BUDGET = 100  # calls after the first failure: enough for a small example, bounded for slow learner code


class _ShrinkBudgetSpent(BaseException):
    """Stops hypothesis' shrinking; a BaseException, so hypothesis does not treat it as a new failure."""


def for_all(ctx: Context, strategies: Sequence[st.SearchStrategy], body: Callable[..., None]) -> None:
    """Run body(*drawn) on hypothesis' examples; on failure, attach the smallest input found and the seed.

    Shrinking stops after SHRINK_BUDGET further calls (a count, not a time, so a run is reproducible): the
    learner then sees the smallest failing input found so far, in seconds rather than minutes.
    """
    last_failure: list[tuple[tuple, Exception]] = []
    calls_since_failure = [0]

    @given(st.tuples(*strategies))
    def property_test(args: tuple) -> None:
        if last_failure:
            calls_since_failure[0] += 1
            if calls_since_failure[0] > SHRINK_BUDGET:
                raise _ShrinkBudgetSpent()
        try:
            body(*args)
        except (Fail, LearnerError) as error:
            last_failure[:] = [(args, error)]  # the shrinker only keeps smaller failing inputs: the last is the least
            raise

    test = ctx.settings(seed(ctx.seed)(property_test))
    # One inner function serves every check, so give each check its own key in the example database.
    test._hypothesis_internal_database_key = ctx.check_key.encode()
    try:
        test()
    except (Fail, LearnerError, _ShrinkBudgetSpent) as raised:
        args, error = last_failure[-1] if last_failure else (None, raised)
        # A check that draws a seed and builds its data from it names that data itself (a `Named` input).
        error.input = args if error.input is None else error.input
        error.seed = ctx.seed
        raise error from None


# -- the checkers ------------------------------------------------------------------------------------

@dataclass
class Example(Check):
    """`name(*args)` returns `expected`: the notes' example (corrected where the notes are wrong)."""

    name: str
    args: tuple = ()
    expected: Any = None
    title: Text = text("예시의 결과", "the example's result")
    rtol: float = 1e-6
    atol: float = 1e-8
    dtype: str | None = "kind"
    mistakes: Sequence[Mistake] = ()

    def run(self, ctx: Context) -> None:
        actual = ctx.call(self.name, *self.args)
        try:
            expect_equal(actual, self.expected, rtol=self.rtol, atol=self.atol, dtype=self.dtype)
        except Fail as error:
            error.input = self.args
            _name_mistake(error, self.mistakes, self.args, actual)
            raise
        ctx.refuse_changed_inputs()


@dataclass
class Table(Check):
    """`name(*row)` for every row of a table (a truth table, say); a failure shows the whole table."""

    name: str
    rows: dict[tuple, Any]
    title: Text = text("모든 입력에 대한 결과 표", "the table of results for every input")
    dtype: str | None = "kind"
    mistakes: Sequence[Mistake] = ()

    def run(self, ctx: Context) -> None:
        inputs = list(self.rows)
        actual = [ctx.call(self.name, *row) for row in inputs]
        for row, got in zip(inputs, actual):
            try:
                expect_equal(got, self.rows[row], what=f"{self.name}{row}", dtype=self.dtype)
            except Fail as error:
                error.input = row
                error.expected = {r: self.rows[r] for r in inputs}
                error.actual = dict(zip(inputs, actual)) if error.step == "values" else got
                # A problem's own named mistake is more specific than the comparer's generic hint, so it wins.
                error.hint = next(
                    (m.says for m in self.mistakes if all(m.matches(r, a) for r, a in zip(inputs, actual))), error.hint)
                raise
        ctx.refuse_changed_inputs()


@dataclass
class Agrees(Check):
    """On inputs hypothesis draws, `name` agrees with the reference solution's function of the same name."""

    name: str
    strategies: Sequence[st.SearchStrategy]
    title: Text = text("무작위 입력에서 참조 구현과 일치", "agrees with the reference on generated inputs")
    rtol: float = 1e-6
    atol: float = 1e-8
    dtype: str | None = "kind"
    mistakes: Sequence[Mistake] = ()
    needs_reference: bool = True

    def run(self, ctx: Context) -> None:
        reference = getattr(ctx.reference(), self.name)

        def body(*args: Any) -> None:
            ctx.changed_inputs.clear()
            actual = ctx.call(self.name, *args)
            np.random.seed(ctx.seed)
            expected = reference(*args)
            try:
                expect_equal(actual, expected, rtol=self.rtol, atol=self.atol, dtype=self.dtype)
            except Fail as error:
                _name_mistake(error, self.mistakes, args, actual)
                raise
            ctx.refuse_changed_inputs()

        for_all(ctx, self.strategies, body)


@dataclass
class Holds(Check):
    """A property of `name`'s result on drawn inputs; `prop(args, result)` raises Fail or returns a Text complaint."""

    name: str
    strategies: Sequence[st.SearchStrategy]
    prop: Callable[[tuple, Any], Text | None]
    title: Text = text("성질", "property")
    mistakes: Sequence[Mistake] = ()

    def run(self, ctx: Context) -> None:
        def body(*args: Any) -> None:
            ctx.changed_inputs.clear()
            actual = ctx.call(self.name, *args)
            try:
                complaint = self.prop(args, actual)
            except Fail as error:
                error.actual = actual if error.actual is None else error.actual
                _name_mistake(error, self.mistakes, args, actual)
                raise
            if complaint is not None:
                error = Fail("property", complaint, actual=actual)
                _name_mistake(error, self.mistakes, args)
                raise error
            ctx.refuse_changed_inputs()

        for_all(ctx, self.strategies, body)


@dataclass
class Figure(Check):
    """`name(*args)` draws with matplotlib; `expect(figures)` judges the plain figure data."""

    name: str
    expect: Callable[[list[dict[str, Any]]], None]
    args: tuple = ()
    title: Text = text("그래프의 데이터와 라벨", "the plot's data and labels")

    def run(self, ctx: Context) -> None:
        ctx.changed_inputs.clear()
        ctx.call(self.name, *self.args)
        figures = ctx.session.figures()
        if not figures or not figures[0]["axes"]:
            raise Fail("values", text("그래프가 그려지지 않았습니다 (plt.plot 등을 호출했나요?).",
                                      "Nothing was drawn (did you call plt.plot or similar?)."), show_values=False)
        self.expect(figures)
        ctx.refuse_changed_inputs()


@dataclass
class Custom(Check):
    """A problem-specific flow (e.g. a stateful layer driven call by call); `run(ctx)` judges.

    `mistakes` lists the Mistakes the body names, so that tests can see every hint a problem may give.
    """

    body: Callable[[Context], None]
    title: Text
    needs_reference: bool = False
    mistakes: Sequence[Mistake] = ()

    def run(self, ctx: Context) -> None:
        self.body(ctx)


def _parameters(problem: Problem, name: str) -> list[str]:
    declared = problem.signatures.get(name, {})
    if declared.get("kind") == "function":
        return declared["params"]
    methods = [c["methods"][name] for c in problem.signatures.values() if c["kind"] == "class" and name in c["methods"]]
    if methods and not declared:  # a method of a class the stub declares (predict, loss)
        return methods[0]
    return declared.get("methods", {}).get("__init__", [])


def changed_input_fail(method: str, position: int, params: Sequence[str] = ()) -> Fail:
    usual = {"forward": "x", "backward": "dout"}  # the book's names, for layer methods driven without a signature
    name = params[position] if position < len(params) else usual.get(method, f"#{position + 1}")
    return Fail("property", text(
        f"{method}가 입력 배열을 제자리에서 바꿨습니다: {name} (예: {name} += ..., {name}[...] = 0). "
        f"호출한 쪽의 배열은 그대로 두고 새 배열을 만들거나 복사본을 고치세요 ({name}.copy()).",
        f"{method} changed its input array in place: {name} (e.g. {name} += ..., {name}[...] = 0). Leave the caller's "
        f"array alone: build a new array or change a copy ({name}.copy())."), show_values=False)


def refuse_changed_input(session: Session, method: str, params: Sequence[str] = ()) -> None:
    """Fail at once when the last call changed an array it was given (found by the worker's watch=True)."""
    if session.changed_args:
        raise changed_input_fail(method, session.changed_args[0], params)


@dataclass
class LayerGradient(Check):
    """`backward` of a layer class agrees with the numerical gradient of `forward` (central differences).

    `draw` gives (constructor args, forward inputs); the check uses L = sum(forward(*inputs) * dout), so
    backward(dout) must return dL/d(input) for each input (a tuple when forward takes several).
    """

    cls: str
    draw: st.SearchStrategy
    title: Text = text("역전파 = 수치 미분", "backward matches the numerical gradient")
    tolerance: float = 1e-5
    mistakes: Sequence[Mistake] = ()
    ctor_args: tuple = field(default=())
    dout_may_change: bool = False  # the book's Relu.backward zeroes dout in place: harmless inside a network
    changed_dout_hint: Text | None = None  # why backward must leave dout alone, when the book's code does not

    def run(self, ctx: Context) -> None:
        session = ctx.session

        def numeric_gradients(inputs: list[np.ndarray], dout: np.ndarray) -> list[NumericalGradient]:
            """L = sum(forward(...) * dout) at the inputs and at ±h in every coordinate, all in one round trip."""
            calls = [tuple(inputs)]
            for i, x in enumerate(inputs):
                for index in np.ndindex(x.shape):
                    for sign in (1, -1):
                        shifted = x.copy()
                        shifted[index] += sign * H
                        calls.append(tuple(inputs[:i] + [shifted] + inputs[i + 1:]))
            loss = lambda out: float(np.sum(np.asarray(out, dtype=float) * dout))  # noqa: E731
            outs = iter(session.fresh_calls(self.cls, self.ctor_args, "forward", calls))
            at, grads = loss(next(outs)), []
            for x in inputs:
                above, below = np.zeros_like(x), np.zeros_like(x)
                for index in np.ndindex(x.shape):
                    above[index], below[index] = loss(next(outs)), loss(next(outs))
                grads.append(NumericalGradient.from_values(at, above, below))
            return grads

        def body(inputs: tuple[np.ndarray, ...], dout_seed: int) -> None:
            inputs = [np.asarray(x, dtype=float) for x in inputs]
            shown = Named({"xyzw"[i]: x for i, x in enumerate(inputs)})
            try:
                compare(inputs, dout_seed, shown)
            except (Fail, LearnerError) as fail:  # show the arrays, not the seed that drew dout
                fail.input = shown
                raise

        def compare(inputs: list[np.ndarray], dout_seed: int, shown: Named) -> None:
            layer = session.new(self.cls, *self.ctor_args)
            out = np.asarray(session.method(layer, "forward", *inputs, watch=True), dtype=float)
            refuse_changed_input(session, "forward")
            dout = np.random.default_rng(dout_seed).normal(size=out.shape)
            shown["dout"] = dout
            grads = session.method(layer, "backward", dout, watch=not self.dout_may_change)
            try:
                refuse_changed_input(session, "backward")
            except Fail as fail:
                fail.hint = self.changed_dout_hint
                raise
            numeric = numeric_gradients(inputs, dout)
            grads = list(grads) if isinstance(grads, (tuple, list)) and len(inputs) > 1 else [grads]
            expect_equal(len(grads), len(inputs), what=text("backward가 돌려준 기울기의 개수", "number of gradients backward returned"))
            for i, (grad, expected) in enumerate(zip(grads, numeric)):
                name = f"d{'xyzw'[i]}"
                try:
                    grad = np.asarray(grad, dtype=float) if isinstance(grad, (int, float)) else grad
                    expect_form(grad, expected.central, what=name)
                    error = gradient_error(grad, expected)
                    if not error <= self.tolerance:  # also catches nan
                        raise Fail("values", text(f"{name}: 수치 미분과 상대 오차 {error:.2e} (허용 {self.tolerance:.0e})",
                                                  f"{name}: relative error {error:.2e} against the numerical gradient (allowed {self.tolerance:.0e})"),
                                   expected=expected.central, actual=grad)
                except Fail as fail:
                    _name_mistake(fail, self.mistakes, (inputs, dout))
                    raise

        for_all(ctx, (self.draw, st.integers(0, 2**16)), body)


__all__ = ["Agrees", "Check", "Context", "Custom", "Example", "Fail", "Figure", "Handle", "Holds", "LayerGradient",
           "Mistake", "ReferenceMissing", "Table", "expect_equal", "for_all", "text"]
