"""Mistake: NAND built with AND's weights and threshold copied without negating them: the gate is AND.

expect: It behaves like AND, not NAND
"""


def NAND(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.7
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def nand_rows(input_data):
    return [(x1, x2, NAND(x1, x2)) for x1, x2 in input_data]
