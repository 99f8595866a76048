"""Mistake: only the two real inputs are summed; the x0 = -1 input (the threshold) is left out.

expect: The x0 * w0 term is missing
"""


def x_w_sum(input_dic, w_dic):
    return input_dic['x1'] * w_dic['w1'] + input_dic['x2'] * w_dic['w2']
