"""Mistake: `> 0` instead of `>= 0`, so a sum of exactly 0 does not fire.

expect: >=, not >
"""


def x_w_sum(input_dic, w_dic):
    return input_dic['x0'] * w_dic['w0'] + input_dic['x1'] * w_dic['w1'] + input_dic['x2'] * w_dic['w2']


def active_func(input_dic, w_dic):
    return 1 if x_w_sum(input_dic, w_dic) > 0 else 0
