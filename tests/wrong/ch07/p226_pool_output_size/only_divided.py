"""Mistake: H divided by the stride, the window size forgotten.

expect: It only divides by the stride
"""


def pool_output_size(h, pool_h, stride):
    return h // stride
