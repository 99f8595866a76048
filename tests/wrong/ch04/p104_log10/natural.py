"""Mistake: math.log with one argument is the natural logarithm.

expect: That is the natural logarithm
"""
import math


def log10(x):
    return math.log(x)
