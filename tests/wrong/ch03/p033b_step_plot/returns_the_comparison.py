"""Mistake: step_func returns x > 0 itself, an array of True/False, not 0/1 integers.

expect: It returns the comparison itself
"""
import matplotlib.pyplot as plt
import numpy as np


def step_func(x):
    return x > 0


def plot_step(x):
    plt.plot(x, step_func(x))
    plt.title("계단 함수")
    plt.ylim(-0.1, 1.1)
