"""Mistake: keeps the scatter plot of p014.

expect: A line graph is plt.plot(x, y).
"""
import matplotlib.pyplot as plt


def line_plot(x, y):
    plt.scatter(x, y)
