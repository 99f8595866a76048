"""Python's max over the array.

style: max(a), builtin
"""
import numpy as np


def minus_max(a):
    return a - max(a)
