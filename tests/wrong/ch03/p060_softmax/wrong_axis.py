"""Mistake: normalised along axis 0, so in a batch the columns sum to 1 instead of the rows.

expect: Softmax normalised over the wrong axis
"""
import numpy as np


def softmax(a):
    exp_a = np.exp(a - np.max(a, axis=0))
    return exp_a / np.sum(exp_a, axis=0)
