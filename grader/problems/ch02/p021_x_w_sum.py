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
    Mistake(text("x0 * w0 항이 빠졌습니다: x0 = -1 은 임계값(편향) 역할을 하는 입력입니다. 세 항을 모두 더하세요.",
                 "The x0 * w0 term is missing: x0 = -1 is the input that carries the threshold (bias). Add all three terms."),
            like=lambda input_dic, w_dic: perceptron_k(input_dic, w_dic, range(1, 3))),
    Mistake(text("입력과 가중치를 곱하지 않고 더했습니다: k = x0*w0 + x1*w1 + x2*w2 입니다.",
                 "It adds inputs and weights instead of multiplying them: k = x0*w0 + x1*w1 + x2*w2."),
            like=lambda input_dic, w_dic: sum(input_dic[f"x{i}"] + w_dic[f"w{i}"] for i in range(3))),
    RETURNS_NONE,
)

PROBLEM = Problem(
    id="p021", chapter="ch02", slug="x_w_sum",
    title=text("입력과 가중치의 곱의 합", "Sum of inputs times weights"),
    statement=text("아래의 4개의 딕셔너리를 이용해서 입력 값과 가중치의 곱의 합을 구하는 함수를 x_w_sum 이라는 이름으로 생성하시오",
                   "Using the four input dictionaries, write a function x_w_sum that returns the sum of inputs times weights."),
    given=PERCEPTRON_GIVEN,
    example=""">>> for input_dic in [input1_dic, input2_dic, input3_dic, input4_dic]:
...     print(x_w_sum(input_dic, w_dic))
-0.3
-0.19999999999999998
0.10000000000000003
0.20000000000000004""",
    names=("x_w_sum",),
    stub='''
def x_w_sum(input_dic: dict, w_dic: dict) -> float:
    """k = x0*w0 + x1*w1 + x2*w2 for one input dictionary ('t', the target, takes no part)."""
    raise NotImplementedError
''',
    checks=(
        Example("x_w_sum", (PERCEPTRON_INPUTS[3], PERCEPTRON_WEIGHTS), 0.20000000000000004, mistakes=MISTAKES,
                title=text("input4_dic 와 w_dic", "input4_dic and w_dic")),
        Holds("x_w_sum", [perceptron_input, perceptron_weights],
              lambda args, actual: expect_equal(actual, perceptron_k(*args), what="x_w_sum", dtype=None), mistakes=MISTAKES,
              title=text("다른 입력과 가중치", "other inputs and weights")),
    ),
    hints=(text("딕셔너리에서 값 꺼내기: input_dic['x1'] * w_dic['w1']. 세 항을 더해 return 하세요.",
                "Read a value from a dictionary with input_dic['x1'] * w_dic['w1']; add the three terms and return the sum."),),
)
