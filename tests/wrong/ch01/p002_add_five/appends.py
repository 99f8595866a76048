"""Mistake: reads "add 5" as "append a 5" and calls np.append, which flattens and grows the array.

expect: It appended a new element 5 (np.append)
"""
import numpy as np


def add_five(a):
    return np.append(a, 5)
