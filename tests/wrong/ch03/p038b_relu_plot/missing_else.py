"""Mistake: Relu returns x for x > 0 and nothing (None) otherwise: the else branch is missing.

expect: Nothing is returned when x <= 0 (None)
"""
import matplotlib.pyplot as plt
import numpy as np


def Relu(x):
    if np.all(x > 0):
        return x


def plot_relu(x):
    plt.plot(x, Relu(x))
    plt.title("Relu function")
    plt.xlim(-6, 6)
    plt.ylim(-1, 5.5)
