"""Mistake: returns only the outputs y, not the rows (x1, x2, y) that the notes print.

expect: not only the outputs y
"""
import numpy as np


def AND(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.7
    return 1 if x1 * w1 + x2 * w2 > theta else 0


def and_rows(input_data):
    return [AND(x1, x2) for x1, x2 in input_data]
