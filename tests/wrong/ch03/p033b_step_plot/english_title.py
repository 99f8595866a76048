"""Mistake: an English title instead of the asked "계단 함수" (to dodge the Korean font problem).

expect: The title should be '계단 함수'
"""
import matplotlib.pyplot as plt
import numpy as np


def step_func(x):
    return (x > 0).astype(int)


def plot_step(x):
    plt.plot(x, step_func(x))
    plt.title("Step function")
    plt.ylim(-0.1, 1.1)
