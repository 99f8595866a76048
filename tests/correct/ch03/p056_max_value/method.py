"""The array's own max method.

style: a.max()
"""
import numpy as np


def largest(a):
    return a.max()
