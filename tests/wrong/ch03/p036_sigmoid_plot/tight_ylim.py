"""Mistake: plt.ylim(0, 1) instead of the asked (-0.1, 1.1): the curve's ends vanish into the frame.

expect: Set the y axis range with plt.ylim(-0.1, 1.1)
"""
import matplotlib.pyplot as plt
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def plot_sigmoid(x):
    plt.plot(x, sigmoid(x))
    plt.title("시그모이드 함수")
    plt.ylim(0, 1)
