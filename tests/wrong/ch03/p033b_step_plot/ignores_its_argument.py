"""Mistake: copies the notes' script into the function and draws its own x_data, whatever x it is given.

expect: No line has the given x on its x axis
"""
import matplotlib.pyplot as plt
import numpy as np


def step_func(x):
    return (x > 0).astype(int)


def plot_step(x):
    x_data = np.arange(-5, 5, 0.1)
    plt.plot(x_data, step_func(x_data))
    plt.title("계단 함수")
    plt.ylim(-0.1, 1.1)
