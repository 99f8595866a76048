"""Mistake: ignores its argument and draws the notes' t every time.

expect: Draw the data passed in, not a fixed one.
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_with_grid(t):
    plt.plot(np.arange(0, 12, 0.01))
    plt.grid()
