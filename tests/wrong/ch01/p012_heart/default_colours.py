"""Mistake: leaves out color='red', so matplotlib's default colours (blue, orange) are used.

expect: The line should be red
"""
import matplotlib.pyplot as plt


def draw_heart(lower, upper):
    plt.plot(lower)
    plt.plot(upper)
    plt.grid()
