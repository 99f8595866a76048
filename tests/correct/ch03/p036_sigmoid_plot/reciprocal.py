"""np.reciprocal for 1/(1+e^-x), the plot through an Axes.

style: np.reciprocal, object API
"""
import matplotlib.pyplot as plt
import numpy as np


def sigmoid(x):
    return np.reciprocal(1.0 + np.exp(-x))


def plot_sigmoid(x):
    ax = plt.figure().add_subplot()
    ax.plot(x, sigmoid(x), label="sigmoid")
    ax.set_title("시그모이드 함수")
    ax.set_ylim(-0.1, 1.1)
