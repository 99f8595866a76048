"""p021 · 입력과 가중치의 곱의 합 (Sum of inputs times weights)

[문제]
아래의 4개의 딕셔너리를 이용해서 입력 값과 가중치의 곱의 합을 구하는 함수를 x_w_sum 이라는 이름으로 생성하시오

[Problem]
Using the four input dictionaries, write a function x_w_sum that returns the sum of inputs times weights.

주어진 것 / Given:
    input1_dic = {'x0': -1, 'x1': 0, 'x2': 0, 't': 0}
    input2_dic = {'x0': -1, 'x1': 0, 'x2': 1, 't': 0}
    input3_dic = {'x0': -1, 'x1': 1, 'x2': 0, 't': 0}
    input4_dic = {'x0': -1, 'x1': 1, 'x2': 1, 't': 1}
    w_dic = {'w0': 0.3, 'w1': 0.4, 'w2': 0.1}

예시 / Example:
    >>> for input_dic in [input1_dic, input2_dic, input3_dic, input4_dic]:
    ...     print(x_w_sum(input_dic, w_dic))
    -0.3
    -0.19999999999999998
    0.10000000000000003
    0.20000000000000004

힌트 / Hints: grade hint p021

채점 / Grade: grade p021
"""
def x_w_sum(input_dic: dict, w_dic: dict) -> float:
    """k = x0*w0 + x1*w1 + x2*w2 for one input dictionary ('t', the target, takes no part)."""
    raise NotImplementedError
