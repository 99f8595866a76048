"""Method calls instead of functions.

style: a.max(), np.exp
"""
import numpy as np


def softmax_numerator(a):
    return np.exp(a - a.max())
