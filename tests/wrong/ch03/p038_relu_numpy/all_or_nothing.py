"""Mistake: follows NumPy's advice 'use a.all()': x when every element is positive, else the number 0 for the whole array.

expect: An array went in and a single number came out
"""
import numpy as np


def Relu(x):
    if np.all(x > 0):
        return x
    return 0
