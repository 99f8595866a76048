"""Mistake: multiplies each input into its row of w but never sums over the inputs.

expect: Element-wise products, not summed
"""
import numpy as np


def dot_product(x, w):
    return x.reshape(-1, 1) * w
