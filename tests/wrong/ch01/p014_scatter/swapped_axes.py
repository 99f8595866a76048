"""Mistake: passes y first, so the points are mirrored across the diagonal.

expect: x and y are swapped
"""
import matplotlib.pyplot as plt


def scatter_plot(x, y):
    plt.scatter(y, x)
