"""Mistake: sets the y range but forgets plt.xlim(-6, 6).

expect: Set the x axis range with plt.xlim(-6, 6)
"""
import matplotlib.pyplot as plt
import numpy as np


def Relu(x):
    return np.maximum(0, x)


def plot_relu(x):
    plt.plot(x, Relu(x))
    plt.title("Relu function")
    plt.ylim(-1, 5.5)
