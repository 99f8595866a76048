"""Mistake: x >= 0, so the step is already 1 at x = 0 (the notes' h(x) is 0 for x <= 0).

expect: It gives 1 at x = 0
"""
import numpy as np


def step_func(x):
    return (np.asarray(x) >= 0).astype(int)
