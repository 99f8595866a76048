from typing import Any

import numpy as np
from hypothesis import strategies as st

from grader.checks import (
    Agrees,
    Custom,
    Example,
    Fail,
    Holds,
    Mistake,
    expect_equal,
    text,
)
from grader.problems.common import RETURNS_NONE
from grader.problems.perceptron import (
    PERCEPTRON_GIVEN,
    PERCEPTRON_INPUTS,
    PERCEPTRON_WEIGHTS,
    learning_rates,
    perceptron_data,
    perceptron_weights,
)
from grader.spec import Problem, text

# The notes' data: input3 fires wrongly in passes 1 and 2; from pass 3 on, no error.
NOTES_ERRORS = [0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]


def _signed(actual: Any) -> bool:
    values = actual if isinstance(actual, list) else [actual]
    return any(isinstance(v, (int, float)) and v < 0 for v in values)


MISTAKES = (
    Mistake(text("오차에 절댓값을 씌우지 않았습니다: t - f(k) 는 -1이 될 수 있습니다. abs(t - f(k)) 를 기록하세요.",
                 "The error is not made absolute: t - f(k) can be -1. Record abs(t - f(k))."),
            when=lambda args, actual: _signed(actual)),
    RETURNS_NONE,
)


def _history_holds(args: tuple, actual: Any) -> Any:
    inputs, _, _, epochs = args
    if not isinstance(actual, list) or len(actual) != epochs * len(inputs):
        raise Fail("shape", text(f"입력 {len(inputs)}개 x {epochs}바퀴 = {epochs * len(inputs)}개의 오차가 있어야 합니다 (입력 하나에 하나).",
                                 f"There must be {len(inputs)} inputs x {epochs} passes = {epochs * len(inputs)} errors (one per input)."),
                   actual=actual)
    if any(e not in (0, 1) for e in actual):
        return text("오차 |t - f(k)| 는 0 또는 1 입니다.", "Each error |t - f(k)| is 0 or 1.")
    passes = [actual[i:i + len(inputs)] for i in range(0, len(actual), len(inputs))]
    clean = next((i for i, p in enumerate(passes) if not any(p)), None)
    if clean is not None and any(any(p) for p in passes[clean:]):
        return text("오차가 없는 바퀴 뒤에 다시 오차가 생겼습니다: 오차가 없으면 가중치가 변하지 않으니 그 뒤도 모두 0이어야 합니다.",
                    "An error came back after a pass without any: with no error the weights stay put, so every later error is 0.")
    return None


def _plot_check(ctx: Any) -> None:
    # Two lists, not hypothesis' twenty: every figure costs matplotlib a tenth of a second.
    rng = np.random.default_rng(ctx.seed)
    for errors in (NOTES_ERRORS, [int(e) for e in rng.integers(0, 2, size=int(rng.integers(5, 12)))]):
        ctx.call("plot_errors", errors)
        figures = ctx.session.figures()
        lines = [line for figure in figures for ax in figure["axes"] for line in ax["lines"]]
        if not lines:
            raise Fail("values", text("선 그래프가 없습니다 (plt.plot(errors)).", "There is no line plot (plt.plot(errors))."),
                       show_values=False)
        expect_equal(lines[0]["y"], np.array(errors, dtype=float), what=text("y (오차)", "y (error)"), dtype=None)
        expect_equal(lines[0]["x"], np.arange(len(errors), dtype=float) + lines[0]["x"][0], what=text("x (반복 횟수)", "x (loop count)"),
                     dtype=None)
        ax = next(ax for figure in figures for ax in figure["axes"] if ax["lines"])
        if not ax["xlabel"] or not ax["ylabel"]:
            raise Fail("values", text("x축(반복 횟수)과 y축(오차)에 이름을 붙이세요 (plt.xlabel, plt.ylabel).",
                                      "Label the x axis (loop count) and the y axis (error): plt.xlabel, plt.ylabel."),
                       expected="xlabel, ylabel", actual={"xlabel": ax["xlabel"], "ylabel": ax["ylabel"]})


PROBLEM = Problem(
    id="p025", chapter="ch02", slug="error_plot",
    title=text("퍼셉트론 오차 그래프", "The perceptron's error, loop by loop"),
    statement=text("(점심시간 문제) 일단 위의 코드를 답글로 올리고 라인 그래프를 그리는데 t - k 의 차이 즉, 오차가 있다가 0이 되는 "
                   "부분이 어디인지 알아내는 라인 그래프를 그리시오 (y축이 오차, x축이 loop 횟수). 입력마다 갱신에 쓴 오차 "
                   "|t - f(k)| 를 리스트로 돌려주는 error_history 와, 그 리스트를 그리는 plot_errors 로 나누어 작성하세요.",
                   "(Lunch-time problem) Post the code above and draw a line graph of the error t - f(k) per loop iteration to "
                   "find where it becomes 0 (y: error, x: loop count). Split it in two: error_history returns the list of "
                   "errors |t - f(k)| used for each input's update, and plot_errors draws that list."),
    given=PERCEPTRON_GIVEN,
    example=""">>> error_history([input1_dic, input2_dic, input3_dic, input4_dic], w_dic, 0.05, 4)
[0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
>>> plot_errors(_)   # the error is 0 from the 3rd pass (loop 8) on""",
    names=("error_history", "plot_errors"),
    stub='''
import matplotlib.pyplot as plt


# active_func: your function from p022 (copy it here, or `from p022_active_func import active_func`).
def active_func(input_dic: dict, w_dic: dict) -> int:
    """1 when x0*w0 + x1*w1 + x2*w2 >= 0, else 0."""
    raise NotImplementedError


def error_history(inputs: list[dict], w_dic: dict, lr: float = 0.05, epochs: int = 4) -> list[int]:
    """Train as in p023 for exactly `epochs` passes; for every input, in order, record abs(t - f(k)), the error
    its update uses (computed before the update). Return the list (epochs * len(inputs) numbers)."""
    raise NotImplementedError


def plot_errors(errors: list[int]) -> None:
    """A line graph of errors: x = loop count, y = error, with a title and both axes labelled."""
    raise NotImplementedError
''',
    checks=(
        Example("error_history", (PERCEPTRON_INPUTS, PERCEPTRON_WEIGHTS, 0.05, 4), NOTES_ERRORS, mistakes=MISTAKES,
                title=text("노트의 AND 데이터, 4바퀴", "the notes' AND data, 4 passes")),
        Holds("error_history", [perceptron_data, perceptron_weights, learning_rates, st.integers(1, 5)], _history_holds,
              mistakes=MISTAKES, title=text("다른 데이터: 0/1 오차, 오차 없는 바퀴 뒤로는 계속 0",
                                            "other data: errors of 0/1, and all 0 after a pass without error")),
        Agrees("error_history", [perceptron_data, perceptron_weights, learning_rates, st.integers(1, 5)], mistakes=MISTAKES,
               title=text("학습 규칙을 그대로 따름 (참조 구현과 같은 오차)", "follows the rule step by step (the reference's errors)")),
        Custom(_plot_check, title=text("그래프: 선의 데이터 = 오차, 축 이름", "the plot: the line's data is the errors, axes labelled")),
    ),
    autograded="partly",
    self_check=text("그래프에서 오차가 0이 되어 그대로 머무는 지점이 보이는지, 한글 제목과 축 이름이 깨지지 않았는지 (한글 글꼴 설정).",
                    "That the plot shows where the error drops to 0 and stays there, and that Korean titles and labels "
                    "render (a Korean font is set)."),
    hints=(text("res = [] 를 만들고 입력마다 res.append(abs(t - y)) 한 뒤 가중치를 갱신하세요.",
                "Start with res = [], and for each input do res.append(abs(t - y)) before updating the weights."),),
)
