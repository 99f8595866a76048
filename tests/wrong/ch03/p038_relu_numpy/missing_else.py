"""Mistake: Relu returns x when every element is positive and nothing (None) otherwise: the else branch is missing.

expect: Nothing is returned when x <= 0 (None)
"""
import numpy as np


def Relu(x):
    if np.all(x > 0):
        return x
