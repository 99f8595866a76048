"""Mistake: 1/1+np.exp(-x) reads as (1/1) + exp(-x): the denominator lost its parentheses.

expect: Missing parentheses
"""
import numpy as np


def sigmoid(x):
    return 1/1+np.exp(-x)
