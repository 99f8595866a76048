"""A copy of x: equal values, same dtype, the caller's array untouched.

style: returns x.copy()
"""
import numpy as np


def identity_function(x):
    return x.copy()
