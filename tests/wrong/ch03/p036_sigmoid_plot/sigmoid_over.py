"""Mistake: sigmoid written with the form exp(x)/(1+exp(x)), which overflows to inf/inf = nan for large x.

expect: For large x, np.exp(x) overflows
"""
import matplotlib.pyplot as plt
import numpy as np


def sigmoid(x):
    return np.exp(x) / (1 + np.exp(x))


def plot_sigmoid(x):
    plt.plot(x, sigmoid(x))
    plt.title("시그모이드 함수")
    plt.ylim(-0.1, 1.1)
