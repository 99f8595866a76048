"""Mistake: puts the title on the figure (plt.suptitle) instead of the graph (plt.title).

expect: plt.suptitle titles the whole figure
"""
import matplotlib.pyplot as plt


def draw_titled_heart(lower, upper):
    plt.plot(lower, color="red")
    plt.plot(upper, color="red")
    plt.grid()
    plt.suptitle("광록이에 대한 현수의 마음")
