"""Mistake: NAND built with OR's weights and threshold copied without negating them: the gate is OR.

expect: It behaves like OR, not NAND
"""


def NAND(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.2
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def nand_rows(input_data):
    return [(x1, x2, NAND(x1, x2)) for x1, x2 in input_data]
