"""Mistake: reads the CSV without unpack=True, so chi[0] is the row of 2005 and chi[4] the row of 2009.

expect: Read with np.loadtxt(..., unpack=True)
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_openings(path):
    chi = np.loadtxt(path, skiprows=1, delimiter=",")
    plt.plot(chi[0], chi[4])
    plt.xlabel("연도")
    plt.ylabel("치킨집 개업 수")
    plt.title("연도별 치킨집 개업 현황")
