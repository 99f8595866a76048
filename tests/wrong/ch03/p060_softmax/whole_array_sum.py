"""Mistake: the notes' 1-D softmax used on a batch: divides by the sum of the whole array.

expect: Softmax normalised over the wrong axis
"""
import numpy as np


def softmax(a):
    c = np.max(a)
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a)
