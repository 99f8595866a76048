"""Mistake: step_func uses x >= 0, so the step gives 1 at x = 0.

expect: It gives 1 at x = 0 (x >= 0)
"""
import matplotlib.pyplot as plt
import numpy as np


def step_func(x):
    return (x >= 0).astype(int)


def plot_step(x):
    plt.plot(x, step_func(x))
    plt.title("계단 함수")
    plt.ylim(-0.1, 1.1)
