"""Mistake: draws the line but forgets plt.grid().

expect: There is no grid: call plt.grid().
"""
import matplotlib.pyplot as plt


def plot_with_grid(t):
    plt.plot(t)
    plt.show()
