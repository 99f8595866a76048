"""Mistake: draws the right line but leaves out the labels and the title.

expect: The x label should be '연도'
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_openings(path):
    chi = np.loadtxt(path, skiprows=1, unpack=True, delimiter=",")
    plt.plot(chi[0], chi[4])
