from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.common import RETURNS_NONE
from grader.problems.perceptron import (
    PERCEPTRON_GIVEN,
    PERCEPTRON_INPUTS,
    PERCEPTRON_WEIGHTS,
    perceptron_input,
    perceptron_k,
    perceptron_weights,
)
from grader.spec import Problem

MISTAKES = (
    Mistake(text("k = 0 일 때 0을 돌려주었습니다: 문제는 '0보다 크거나 같으면 1' 입니다 (> 가 아니라 >=).",
                 "It returns 0 when k = 0: the statement says 1 when k is greater than *or equal to* 0 (>=, not >)."),
            when=lambda args, actual: perceptron_k(*args) == 0 and actual == 0),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p022", chapter="ch02", slug="active_func",
    title=text("계단 활성화 함수", "Step activation"),
    statement=text("위의 결과가 0보다 크거나 같으면 1을 출력하고 0보다 작으면 0을 출력하는 함수를 active_func()으로 생성하시오 "
                   "(출력하지 말고 1 또는 0을 돌려주세요)",
                   "Write a function active_func() that gives 1 if the weighted sum above is >= 0 and 0 otherwise "
                   "(return the 1 or 0, do not print it)."),
    given=PERCEPTRON_GIVEN,
    example=""">>> [active_func(d, w_dic) for d in [input1_dic, input2_dic, input3_dic, input4_dic]]
[0, 0, 1, 1]""",
    names=("x_w_sum", "active_func"),
    stub='''
# x_w_sum: your function from p021 (copy it here, or replace this stub with `from p021_x_w_sum import x_w_sum`:
# files of the same chapter folder can import each other).
def x_w_sum(input_dic: dict, w_dic: dict) -> float:
    """k = x0*w0 + x1*w1 + x2*w2."""
    raise NotImplementedError


def active_func(input_dic: dict, w_dic: dict) -> int:
    """f(k): return the int 1 when k = x_w_sum(input_dic, w_dic) >= 0, else 0."""
    raise NotImplementedError
''',
    checks=(
        Example("active_func", (PERCEPTRON_INPUTS[2], PERCEPTRON_WEIGHTS), 1, mistakes=MISTAKES,
                title=text("input3_dic (k = 0.1)", "input3_dic (k = 0.1)")),
        Example("active_func", (PERCEPTRON_INPUTS[1], PERCEPTRON_WEIGHTS), 0, mistakes=MISTAKES,
                title=text("input2_dic (k = -0.2)", "input2_dic (k = -0.2)")),
        Holds("active_func", [perceptron_input, perceptron_weights],
              lambda args, actual: expect_equal(actual, int(perceptron_k(*args) >= 0), what="active_func"), mistakes=MISTAKES,
              title=text("다른 입력과 가중치 (k = 0 인 경우 포함)", "other inputs and weights (k = 0 included)")),
    ),
    hints=(text("경계: k가 정확히 0이면 1입니다 (>=).", "The boundary: k exactly 0 gives 1 (>=)."),
           text("print(1) 은 화면에 보여 줄 뿐 값을 돌려주지 않습니다: return 1 / return 0 을 쓰세요.",
                "print(1) shows the value but hands nothing back: write return 1 / return 0.")),
)
