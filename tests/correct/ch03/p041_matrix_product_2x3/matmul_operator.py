"""The @ operator.

style: A @ B
"""
import numpy as np


def matrix_product(A, B):
    return A @ B
