"""Mistake: the weights and bias of NAND, so the gate answers the opposite of AND.

expect: It behaves like NAND, not AND
"""
import numpy as np


def AND(x1, x2):
    return int(np.sum(np.array([-0.5, -0.5]) * np.array([x1, x2])) + 0.7 > 0)
