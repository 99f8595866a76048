"""Mistake: returns the comparison itself (True/False) instead of the integer 1 or 0.

expect: Return the integer 0 or 1 instead of True/False
"""
import numpy as np


def NAND(x1, x2):
    return np.sum(np.array([-0.5, -0.5]) * np.array([x1, x2])) + 0.7 > 0


def nand_rows(input_data):
    return [(x1, x2, NAND(x1, x2)) for x1, x2 in input_data]
