from typing import Any, Callable

from grader.checks import Agrees, Example, Holds, Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.perceptron import (
    PERCEPTRON_GIVEN,
    PERCEPTRON_INPUTS,
    PERCEPTRON_WEIGHTS,
    learning_rates,
    perceptron_classifies,
    perceptron_data,
    perceptron_k,
    perceptron_weights,
)
from grader.spec import Problem


def _trained(factor: Callable[[int, int], int], per_weight: bool = False) -> Callable[..., dict]:
    """A trainer with another update rule, w_i += lr * factor(t, y) * x_i: the mistakes below are these.

    per_weight: y = f(k) is computed again after each single weight changes (the notes' own answer code).
    """
    def train(inputs: list[dict], w_dic: dict, lr: float = 0.05, max_epochs: int = 100) -> dict:
        w = dict(w_dic)
        for _ in range(max_epochs):
            errors = 0
            for d in inputs:
                y = int(perceptron_k(d, w) >= 0)
                errors += d["t"] != y
                for i in range(3):
                    if per_weight:
                        y = int(perceptron_k(d, w) >= 0)
                    w[f"w{i}"] += lr * factor(d["t"], y) * d[f"x{i}"]
            if not errors:
                break
        return w
    return train


MISTAKES = (
    Mistake(text("오차 (t - f(k)) 를 곱하지 않았습니다: 맞게 분류한 입력에서는 가중치가 변하면 안 됩니다. w_i = w_i + lr * (t - f(k)) * x_i",
                 "The error (t - f(k)) factor is missing: a correctly classified input must leave the weights alone. "
                 "w_i = w_i + lr * (t - f(k)) * x_i"),
            like=_trained(lambda t, y: 1)),
    Mistake(text("갱신의 부호가 반대입니다 (f(k) - t): 오차를 줄이는 쪽이 아니라 키우는 쪽으로 움직입니다. t - f(k) 를 쓰세요.",
                 "The update has the wrong sign (f(k) - t): it moves the weights to make the error larger. Use t - f(k)."),
            like=_trained(lambda t, y: y - t)),
    Mistake(text("가중치 하나를 바꿀 때마다 f(k)를 다시 계산했습니다 (노트의 답 코드). 한 입력의 오차 t - f(k)는 갱신 전에 한 번 구해 "
                 "w0, w1, w2 모두에 씁니다.",
                 "f(k) is computed again after each single weight changes (the notes' answer code). An input's error t - f(k) is "
                 "computed once, before the update, and used for w0, w1 and w2 alike."),
            like=_trained(lambda t, y: t - y, per_weight=True)),
    RETURNS_NONE,
)


def _learned(args: tuple, actual: Any) -> Any:
    inputs, w_start, lr = args
    complaint = perceptron_classifies(inputs, actual)
    # The rule only ever adds lr * (±1) * x_i with whole x_i, so every weight moves by a whole number of lr steps.
    steps = [(actual[key] - w_start[key]) / lr for key in w_start]
    if complaint is None and any(abs(s - round(s)) > 1e-6 for s in steps):
        complaint = text(f"가중치의 변화가 학습률 {lr}의 정수배가 아닙니다: 갱신은 lr * (t - f(k)) * x_i 만큼씩입니다.",
                         f"The weights moved by something other than whole steps of the learning rate {lr}: "
                         f"each update is lr * (t - f(k)) * x_i.")
    return complaint


PROBLEM = Problem(
    id="p023", chapter="ch02", slug="perceptron_learning",
    title=text("퍼셉트론 학습 규칙", "The perceptron learning rule"),
    statement=text("위의 코드를 이용해서 오차가 없는 가중치를 구하는 코드를 작성하시오 (AND 데이터, 학습률 0.05). "
                   "입력을 차례로 보며 w_i = w_i + 0.05 * (t - f(k)) * x_i 로 갱신하고, 한 바퀴 동안 오차가 없으면 멈춘 뒤 "
                   "가중치를 돌려주세요.",
                   "Using the code above, write code that finds weights with no error (perceptron learning rule on the AND "
                   "data, learning rate 0.05). Go through the inputs in order updating w_i = w_i + 0.05 * (t - f(k)) * x_i, "
                   "stop after a pass with no error, and return the weights."),
    given=PERCEPTRON_GIVEN + "\n# update: w_i = w_i + 0.05 * (t - f(k)) * x_i",
    example=""">>> train_perceptron([input1_dic, input2_dic, input3_dic, input4_dic], w_dic, 0.05)
{'w0': 0.39999999999999997, 'w1': 0.30000000000000004, 'w2': 0.1}""",
    names=("train_perceptron",),
    stub='''
# active_func: your function from p022 (copy it here, or `from p022_active_func import active_func`).
def active_func(input_dic: dict, w_dic: dict) -> int:
    """1 when x0*w0 + x1*w1 + x2*w2 >= 0, else 0."""
    raise NotImplementedError


def train_perceptron(inputs: list[dict], w_dic: dict, lr: float = 0.05, max_epochs: int = 100) -> dict:
    """Apply w_i = w_i + lr * (t - f(k)) * x_i input after input (f(k) computed once per input, before its update),
    pass after pass, until a whole pass has no error (at most max_epochs passes). Return the final weights as a
    new dict {'w0': .., 'w1': .., 'w2': ..}."""
    raise NotImplementedError
''',
    checks=(
        Example("train_perceptron", (PERCEPTRON_INPUTS, PERCEPTRON_WEIGHTS, 0.05),
                {"w0": 0.39999999999999997, "w1": 0.30000000000000004, "w2": 0.1}, mistakes=MISTAKES,
                title=text("노트의 AND 데이터, 학습률 0.05", "the notes' AND data, learning rate 0.05")),
        Holds("train_perceptron", [perceptron_data, perceptron_weights, learning_rates], _learned, mistakes=MISTAKES,
              title=text("AND / OR / NAND 데이터와 다른 초기 가중치: 오차 없이 분류", "AND / OR / NAND data, other starting weights: no error left")),
        Agrees("train_perceptron", [perceptron_data, perceptron_weights, learning_rates], mistakes=MISTAKES,
               title=text("학습 규칙을 그대로 따름 (참조 구현과 같은 가중치)", "follows the rule step by step (the reference's weights)")),
    ),
    hints=(text("바깥 반복은 '한 바퀴 동안 error가 모두 0'이면 break 합니다.",
                "The outer loop breaks after a pass in which every error was 0."),
           text("한 입력에서: y = active_func(input_dic, w_dic); error = input_dic['t'] - y; 그다음 w0, w1, w2 를 모두 갱신.",
                "For one input: y = active_func(input_dic, w_dic); error = input_dic['t'] - y; then update w0, w1 and w2.")),
)
