"""Mistake: draws a line graph (plt.plot) where a scatter plot was asked for.

expect: A scatter plot is plt.scatter(x, y).
"""
import matplotlib.pyplot as plt


def scatter_plot(x, y):
    plt.plot(x, y)
