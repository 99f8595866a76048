"""Mistake: prints the array (as the notes do) and returns nothing.

expect: print only shows the value
"""
import numpy as np


def to_array(x):
    print(np.array(x))
