"""Mistake: AND's weights and threshold copied unchanged, so NAND answers as AND does (NAND negates them all).

expect: It behaves like AND, not NAND
"""
import numpy as np


def NAND(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.7
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def nand_rows(input_data):
    return [(x1, x2, NAND(x1, x2)) for x1, x2 in input_data]
