"""Mistake: the notes' answer prints the 1 or 0 instead of returning it.

expect: print only shows the value
"""


def x_w_sum(input_dic, w_dic):
    return input_dic['x0'] * w_dic['w0'] + input_dic['x1'] * w_dic['w1'] + input_dic['x2'] * w_dic['w2']


def active_func(input_dic, w_dic):
    if x_w_sum(input_dic, w_dic) >= 0:
        print(1)
    else:
        print(0)
