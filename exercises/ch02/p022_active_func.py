"""p022 · 계단 활성화 함수 (Step activation)

[문제]
위의 결과가 0보다 크거나 같으면 1을 출력하고 0보다 작으면 0을 출력하는 함수를 active_func()으로 생성하시오 (출력하지 말고 1 또는 0을 돌려주세요)

[Problem]
Write a function active_func() that gives 1 if the weighted sum above is >= 0 and 0 otherwise (return the 1 or 0, do not print it).

주어진 것 / Given:
    input1_dic = {'x0': -1, 'x1': 0, 'x2': 0, 't': 0}
    input2_dic = {'x0': -1, 'x1': 0, 'x2': 1, 't': 0}
    input3_dic = {'x0': -1, 'x1': 1, 'x2': 0, 't': 0}
    input4_dic = {'x0': -1, 'x1': 1, 'x2': 1, 't': 1}
    w_dic = {'w0': 0.3, 'w1': 0.4, 'w2': 0.1}

예시 / Example:
    >>> [active_func(d, w_dic) for d in [input1_dic, input2_dic, input3_dic, input4_dic]]
    [0, 0, 1, 1]

힌트 / Hints: grade hint p022

채점 / Grade: grade p022
"""
# x_w_sum: your function from p021 (copy it here, or replace this stub with `from p021_x_w_sum import x_w_sum`:
# files of the same chapter folder can import each other).
def x_w_sum(input_dic: dict, w_dic: dict) -> float:
    """k = x0*w0 + x1*w1 + x2*w2."""
    raise NotImplementedError


def active_func(input_dic: dict, w_dic: dict) -> int:
    """f(k): return the int 1 when k = x_w_sum(input_dic, w_dic) >= 0, else 0."""
    raise NotImplementedError
