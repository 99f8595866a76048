"""Mistake: forgets plt.ylim, so the flat parts of the step sit on the frame of the plot.

expect: Set the y axis range with plt.ylim(-0.1, 1.1)
"""
import matplotlib.pyplot as plt
import numpy as np


def step_func(x):
    return (x > 0).astype(int)


def plot_step(x):
    plt.plot(x, step_func(x))
    plt.title("계단 함수")
