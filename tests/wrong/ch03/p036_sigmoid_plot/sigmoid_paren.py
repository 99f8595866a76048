"""Mistake: sigmoid written with the parentheses are missing, 1/1+np.exp(-x), which is 1 + exp(-x).

expect: Missing parentheses: 1/1+np.exp(-x)
"""
import matplotlib.pyplot as plt
import numpy as np


def sigmoid(x):
    return 1 / 1 + np.exp(-x)


def plot_sigmoid(x):
    plt.plot(x, sigmoid(x))
    plt.title("시그모이드 함수")
    plt.ylim(-0.1, 1.1)
