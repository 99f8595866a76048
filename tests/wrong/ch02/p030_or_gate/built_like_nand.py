"""Mistake: OR built with NAND's negated weights and threshold copied: the gate is NAND.

expect: It behaves like NAND, not OR
"""


def OR(x1, x2):
    w1, w2, theta = -0.5, -0.5, -0.7
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def or_rows(input_data):
    return [(x1, x2, OR(x1, x2)) for x1, x2 in input_data]
