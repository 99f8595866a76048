"""Mistake: names the person of p012's statement (원섭이), not the title the problem gives.

expect: The title should be '광록이에 대한 현수의 마음'
"""
import matplotlib.pyplot as plt


def draw_titled_heart(lower, upper):
    plt.plot(lower, color="red")
    plt.plot(upper, color="red")
    plt.grid()
    plt.title("원섭이에 대한 현수의 마음")
