"""Mistake: plots both lines without label=..., so the legend has nothing to show.

expect: Give each line a label: plt.plot(x, y, label='창업').
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_openings_closings(open_path, close_path):
    chi = np.loadtxt(open_path, skiprows=1, unpack=True, delimiter=",")
    close = np.loadtxt(close_path, skiprows=1, unpack=True, delimiter=",")
    plt.plot(chi[0], chi[4])
    plt.plot(close[0], close[4])
    plt.legend()
