"""Mistake: adds each input to its weight instead of multiplying them.

expect: It adds inputs and weights instead of multiplying them
"""


def x_w_sum(input_dic, w_dic):
    return (input_dic['x0'] + w_dic['w0']) + (input_dic['x1'] + w_dic['w1']) + (input_dic['x2'] + w_dic['w2'])
