"""Mistake: the notes' answer, np.exp(np.exp(res)).

expect: np.exp is applied twice
"""
import numpy as np


def exp_of(res):
    return np.exp(np.exp(res))
