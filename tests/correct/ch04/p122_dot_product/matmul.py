"""The @ operator.

style: x @ w
"""
import numpy as np


def dot_product(x, w):
    return x @ w
