"""Mistake: exp(a) / sum(exp(a)) without subtracting the max: nan for [1010, 1000, 990].

expect: overflow: subtract the max before exp
"""
import numpy as np


def softmax(a):
    exp_a = np.exp(a)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)
