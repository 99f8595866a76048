"""Mistake: exp(x) for exp(-x): the plot falls from 1 to 0 instead of rising.

expect: The sign is flipped
"""
import matplotlib.pyplot as plt
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(x))


def plot_sigmoid(x):
    plt.plot(x, sigmoid(x))
    plt.title("시그모이드 함수")
    plt.ylim(-0.1, 1.1)
