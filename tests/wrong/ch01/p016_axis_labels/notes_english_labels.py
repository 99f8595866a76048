"""Mistake: copies the notes' answer, whose labels are in English.

expect: The problem asks for the Korean labels '월' and '집값'.
"""
import matplotlib.pyplot as plt


def labelled_plot(x, y):
    plt.plot(x, y)
    plt.title("The trend of apartment's price")
    plt.xlabel("month")
    plt.ylabel("price of apartment")
