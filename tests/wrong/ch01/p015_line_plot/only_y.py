"""Mistake: plt.plot(y) alone: right for the notes' x = 0..9 only, since x then becomes the index.

expect: plt.plot(y) alone numbers the points
"""
import matplotlib.pyplot as plt


def line_plot(x, y):
    plt.plot(y)
