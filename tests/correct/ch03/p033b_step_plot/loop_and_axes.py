"""The step function by a loop over the elements, drawn through an Axes object.

style: a Python loop, fig/ax object API
"""
import matplotlib.pyplot as plt
import numpy as np


def step_func(x):
    return np.array([1 if v > 0 else 0 for v in np.ravel(x)], dtype=int).reshape(np.shape(x))


def plot_step(x):
    fig, ax = plt.subplots()
    ax.plot(x, step_func(x))
    ax.set_title("계단 함수")
    ax.set_ylim(-0.1, 1.1)
