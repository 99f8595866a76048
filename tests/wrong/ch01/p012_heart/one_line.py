"""Mistake: joins the two halves into one list, so there is a single line (with a jump between the halves).

expect: 1 line(s): draw each of the two lists with plt.plot.
"""
import matplotlib.pyplot as plt


def draw_heart(lower, upper):
    plt.plot(lower + upper, color="red")
    plt.grid()
