"""Mistake: subtracts np.max(a), the maximum of the whole batch, not each row's: a row far below it is 0/0 = nan.

expect: It subtracts the maximum of the whole batch
"""
import numpy as np


def softmax(a):
    exp_a = np.exp(a - np.max(a))
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)
