"""Mistake: XOR = NAND(AND(x1, x2), AND(x1, x2)): NAND of AND twice, so the two layers compute NAND.

expect: It behaves like NAND, not XOR
"""


def AND(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.7
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def OR(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.2
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def NAND(x1, x2):
    w1, w2, theta = -0.5, -0.5, -0.7
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def XOR(x1, x2):
    return NAND(AND(x1, x2), AND(x1, x2))


def xor_rows(input_data):
    return [(x1, x2, XOR(x1, x2)) for x1, x2 in input_data]
