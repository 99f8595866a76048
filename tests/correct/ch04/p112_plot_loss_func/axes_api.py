"""The plot drawn through an Axes object.

style: fig/ax object API
"""
import matplotlib.pyplot as plt
import numpy as np


def loss_func(x):
    return np.square(x) + 16


def plot_loss_func():
    x = np.arange(0.0, 20.0, 0.1)
    fig, ax = plt.subplots()
    ax.plot(x, loss_func(x))
    ax.set_xlabel("x")
    ax.set_ylabel("f(x)")
