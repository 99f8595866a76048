"""The shared checkers, on small synthetic problems: they pass right code, fail wrong code, and say why."""
from __future__ import annotations

import dataclasses
import importlib.util
import sys

import numpy as np
import pytest
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from conftest import feedback
from grader.catalog import by_id
from grader.checks import Agrees, Example, Figure, Holds, LayerGradient, Mistake, text
from grader.compare import Fail
from grader.engine import ERROR, FAILED, PASSED, SKIPPED, Grader, Options
from grader.spec import Problem

SMALL_ARRAYS = hnp.arrays(np.float64, hnp.array_shapes(max_dims=2, max_side=3), elements=st.floats(-5, 5))


def synthetic(stub: str, names: tuple[str, ...], checks: tuple, **extra) -> Problem:
    # Borrow p028's identity so that `Agrees` finds a real reference module (reference/ch02/p028_and_gate.py).
    return dataclasses.replace(by_id()["p028"], stub=stub, names=names, checks=checks, **extra)


@pytest.fixture
def grade(sandbox, tmp_path):
    def run(problem: Problem, source: str, **options):
        path = tmp_path / problem.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
        return Grader(sandbox, Options(workspace=tmp_path, profile="ci", seed=7, **options)).grade(problem)

    return run


def doubles(args, result):
    if result != 2 * args[0]:
        return text("두 배가 아닙니다", "not doubled")
    return None


DOUBLE = synthetic("def double(x: int) -> int:\n    raise NotImplementedError\n", ("double",),
                   (Holds("double", [st.integers(0, 1000)], doubles),))


def test_a_failing_property_reports_the_smallest_input_and_the_seed(grade):
    result = grade(DOUBLE, "def double(x):\n    return 2 * x if x < 10 else 0\n")
    assert result.status == FAILED
    check = result.checks[0]
    assert check.input == "(10,)" and check.seed == 7
    assert "not doubled" in feedback(result)


def test_a_worker_that_dies_inside_a_property_costs_only_that_problem(grade):
    result = grade(DOUBLE, "import os\n\ndef double(x):\n    if x > 5:\n        os._exit(0)\n    return 2 * x\n")
    assert result.status == ERROR
    assert "os._exit" in feedback(result)
    assert grade(DOUBLE, "def double(x):\n    return 2 * x\n").status == PASSED


def test_an_unimplemented_name_is_not_started(grade):
    from grader.engine import NOT_STARTED

    assert grade(DOUBLE, DOUBLE.stub + "# edited\n").status == NOT_STARTED


def test_a_known_mistake_is_named_when_the_wrong_result_matches_it(grade):
    problem = synthetic("def square(x: float) -> float:\n    raise NotImplementedError\n", ("square",),
                        (Example("square", (3.0,), 9.0,
                                 mistakes=[Mistake(text("제곱 대신 두 배", "doubled instead of squared"), like=lambda x: 2 * x)]),))
    result = grade(problem, "def square(x):\n    return x * 2\n")
    assert result.status == FAILED and "doubled instead of squared" in feedback(result)


AGREES = synthetic("def AND(x1: int, x2: int) -> int:\n    raise NotImplementedError\n", ("AND",),
                   (Example("AND", (1, 1), 1), Agrees("AND", [st.integers(0, 1), st.integers(0, 1)])))


def test_comparison_with_the_reference_runs_where_the_reference_is_installed(grade):
    result = grade(AGREES, "def AND(x1, x2):\n    return x1\n")
    assert result.status == FAILED and result.checks[1].status == FAILED


def test_comparison_with_the_reference_is_skipped_not_passed_without_it(grade):
    result = grade(AGREES, "def AND(x1, x2):\n    return int(x1 and x2)\n", reference_available=False)
    assert [c.status for c in result.checks] == [PASSED, SKIPPED]
    assert result.status == PASSED  # decided by the checks that could run; the skip is reported as a skip


MUL_STUB = "class MulLayer:\n    def forward(self, x, y):\n        raise NotImplementedError\n\n" \
           "    def backward(self, dout):\n        raise NotImplementedError\n"
MUL = synthetic(MUL_STUB, ("MulLayer",), (LayerGradient("MulLayer", st.tuples(SMALL_ARRAYS).map(lambda a: (a[0], a[0] + 1))),))
RIGHT_MUL = ("class MulLayer:\n    def forward(self, x, y):\n        self.x, self.y = x, y\n        return x * y\n\n"
             "    def backward(self, dout):\n        return dout * self.y, dout * self.x\n")


def test_gradient_check_passes_a_correct_backward(grade):
    assert grade(MUL, RIGHT_MUL).status == PASSED


def test_gradient_check_fails_a_backward_with_swapped_factors(grade):
    wrong = RIGHT_MUL.replace("return dout * self.y, dout * self.x", "return dout * self.x, dout * self.y")
    result = grade(MUL, wrong)
    assert result.status == FAILED and "numerical gradient" in feedback(result)


def _one_red_line(figures):
    line = figures[0]["axes"][0]["lines"][0]
    if line["color"] != "#ff0000" or figures[0]["axes"][0]["title"] != "마음":
        raise Fail("values", text("빨간 선과 제목 '마음'", "a red line titled '마음'"))


PLOT = synthetic("def draw() -> None:\n    raise NotImplementedError\n", ("draw",), (Figure("draw", _one_red_line),),
                 autograded="partly", self_check=text("모양", "the shape"))


def test_figure_check_reads_plot_data_and_korean_titles(grade):
    source = "import matplotlib.pyplot as plt\n\ndef draw():\n    plt.plot([1, 2], [3, 4], color='red')\n" \
             "    plt.title('마음')\n    plt.show()\n"
    result = grade(PLOT, source)
    assert result.status == PASSED
    assert "the shape" in feedback(result)  # what to check by eye is still said


def test_figure_check_fails_when_nothing_is_drawn(grade):
    result = grade(PLOT, "def draw():\n    pass\n")
    assert result.status == FAILED and "Nothing was drawn" in feedback(result)


RELU_STUB = "class Relu:\n    def forward(self, x):\n        raise NotImplementedError\n\n" \
            "    def backward(self, dout):\n        raise NotImplementedError\n"
RELU = synthetic(RELU_STUB, ("Relu",), (LayerGradient("Relu", st.tuples(SMALL_ARRAYS.map(lambda a: a + np.where(a >= 0, 0.1, -0.1)))),))
BOOK_RELU = ("class Relu:\n    def forward(self, x):\n        self.mask = x <= 0\n        out = x.copy()\n"
             "        out[self.mask] = 0\n        return out\n\n    def backward(self, dout):\n{body}")


def test_relu_backward_that_copies_passes(grade):
    body = "        dx = dout.copy()\n        dx[self.mask] = 0\n        return dx\n"
    assert grade(RELU, BOOK_RELU.format(body=body)).status == PASSED


def test_relu_backward_that_writes_into_dout_is_named(grade):
    body = "        dout[self.mask] = 0\n        return dout\n"
    result = grade(RELU, BOOK_RELU.format(body=body))
    assert result.status == FAILED and "backward changed its input array in place" in feedback(result)


def test_drawn_examples_leave_out_the_literals_of_modules_the_grader_imported(sandbox, tmp_path, monkeypatch):
    # hypothesis would draw this number, written in a module of no installed package, about once in 20 draws; so a
    # seed would replay differently depending on what was imported and how the grader was installed.
    rare = 10**15 + 123_456_789
    module_file = tmp_path / "elsewhere" / "has_a_rare_literal.py"
    module_file.parent.mkdir()
    module_file.write_text(f"RARE = {rare}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("has_a_rare_literal", module_file)
    monkeypatch.setitem(sys.modules, spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(sys.modules[spec.name])
    drawn_rare = lambda args, result: text("드물다", "drew the rare literal") if args[0] == rare else None  # noqa: E731
    problem = synthetic("def same(x):\n    raise NotImplementedError\n", ("same",),
                        (Holds("same", [st.integers(10**15, 10**15 + 10**9)], drawn_rare),))
    (tmp_path / problem.path).parent.mkdir(parents=True)
    (tmp_path / problem.path).write_text("def same(x):\n    return x\n", encoding="utf-8")
    result = Grader(sandbox, Options(workspace=tmp_path, profile="thorough", seed=7)).grade(problem)  # 200 draws
    assert result.status == PASSED, feedback(result)


def test_a_check_that_cannot_complete_is_an_error_not_a_crash(grade):
    def impossible(ctx):
        raise RuntimeError("the check itself broke")

    from grader.checks import Custom

    problem = synthetic(DOUBLE.stub, ("double",), (Custom(impossible, text("고장", "broken")),) + DOUBLE.checks)
    result = grade(problem, "def double(x):\n    return 2 * x\n")
    assert result.status == ERROR and [c.status for c in result.checks] == [ERROR, PASSED]
    assert "could not be completed" in feedback(result)


def test_nondeterministic_learner_code_is_reported_not_a_crash(grade):
    # A call counter: the same input gets different answers, which hypothesis cannot shrink reliably.
    source = "calls = [0]\n\ndef double(x):\n    calls[0] += 1\n    return 2 * x if calls[0] % 3 else 2 * x + 1\n"
    result = grade(DOUBLE, source)
    assert result.status in (FAILED, ERROR)
