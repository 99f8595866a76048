"""Mistake: plots x**2 and forgets the constant 4**2 of the cost function.

expect: y is x²
"""
import matplotlib.pyplot as plt
import numpy as np


def loss_func(x):
    return x ** 2 + 4 ** 2


def plot_loss_func():
    x = np.arange(0.0, 20.0, 0.1)
    plt.plot(x, x ** 2)
    plt.xlabel("x")
    plt.ylabel("f(x)")
