"""math.log, the natural logarithm.

style: math.log
"""
import math


def natural_log(x):
    return math.log(x)
