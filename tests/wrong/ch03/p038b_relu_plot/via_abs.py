"""Mistake: Relu written as the absolute value, np.abs(x): negative inputs stay positive.

expect: abs(x) is not ReLU
"""
import matplotlib.pyplot as plt
import numpy as np


def Relu(x):
    return np.abs(x)


def plot_relu(x):
    plt.plot(x, Relu(x))
    plt.title("Relu function")
    plt.xlim(-6, 6)
    plt.ylim(-1, 5.5)
