"""Mistake: returns x * 2.0, not x: a wrong array, told as a wrong value (not as a changed dtype).

expect: wrong value
"""
import numpy as np
def identity_function(x):
    return x * 2.0
