"""Mistake: the two labels are put on the wrong axes.

expect: The x and y labels are swapped.
"""
import matplotlib.pyplot as plt


def labelled_plot(x, y):
    plt.plot(x, y)
    plt.xlabel("집값")
    plt.ylabel("월")
