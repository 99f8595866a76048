"""Mistake: XOR = AND(OR, OR): OR where NAND belongs, so the second layer sees the same signal twice (that is OR).

expect: It behaves like OR, not XOR
"""
import numpy as np


def AND(x1, x2):
    return 1 if 0.5 * x1 + 0.5 * x2 - 0.7 > 0 else 0


def OR(x1, x2):
    return 1 if 0.5 * x1 + 0.5 * x2 - 0.2 > 0 else 0


def NAND(x1, x2):
    return 1 if -0.5 * x1 - 0.5 * x2 + 0.7 > 0 else 0


def XOR(x1, x2):
    return AND(OR(x1, x2), OR(x1, x2))


def xor_rows(input_data):
    return [(x1, x2, XOR(x1, x2)) for x1, x2 in input_data]
