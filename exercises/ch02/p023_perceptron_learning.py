"""p023 · 퍼셉트론 학습 규칙 (The perceptron learning rule)

[문제]
위의 코드를 이용해서 오차가 없는 가중치를 구하는 코드를 작성하시오 (AND 데이터, 학습률 0.05). 입력을 차례로 보며 w_i = w_i + 0.05 * (t - f(k)) * x_i 로 갱신하고, 한 바퀴 동안 오차가 없으면 멈춘 뒤 가중치를 돌려주세요.

[Problem]
Using the code above, write code that finds weights with no error (perceptron learning rule on the AND data, learning rate 0.05). Go through the inputs in order updating w_i = w_i + 0.05 * (t - f(k)) * x_i, stop after a pass with no error, and return the weights.

주어진 것 / Given:
    input1_dic = {'x0': -1, 'x1': 0, 'x2': 0, 't': 0}
    input2_dic = {'x0': -1, 'x1': 0, 'x2': 1, 't': 0}
    input3_dic = {'x0': -1, 'x1': 1, 'x2': 0, 't': 0}
    input4_dic = {'x0': -1, 'x1': 1, 'x2': 1, 't': 1}
    w_dic = {'w0': 0.3, 'w1': 0.4, 'w2': 0.1}
    # update: w_i = w_i + 0.05 * (t - f(k)) * x_i

예시 / Example:
    >>> train_perceptron([input1_dic, input2_dic, input3_dic, input4_dic], w_dic, 0.05)
    {'w0': 0.39999999999999997, 'w1': 0.30000000000000004, 'w2': 0.1}

힌트 / Hints: grade hint p023

채점 / Grade: grade p023
"""
# active_func: your function from p022 (copy it here, or `from p022_active_func import active_func`).
def active_func(input_dic: dict, w_dic: dict) -> int:
    """1 when x0*w0 + x1*w1 + x2*w2 >= 0, else 0."""
    raise NotImplementedError


def train_perceptron(inputs: list[dict], w_dic: dict, lr: float = 0.05, max_epochs: int = 100) -> dict:
    """Apply w_i = w_i + lr * (t - f(k)) * x_i input after input (f(k) computed once per input, before its update),
    pass after pass, until a whole pass has no error (at most max_epochs passes). Return the final weights as a
    new dict {'w0': .., 'w1': .., 'w2': ..}."""
    raise NotImplementedError
