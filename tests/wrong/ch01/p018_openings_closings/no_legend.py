"""Mistake: labels the lines but never calls plt.legend(), so no legend is shown.

expect: There is no legend: call plt.legend().
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_openings_closings(open_path, close_path):
    chi = np.loadtxt(open_path, skiprows=1, unpack=True, delimiter=",")
    close = np.loadtxt(close_path, skiprows=1, unpack=True, delimiter=",")
    plt.plot(chi[0], chi[4], label="창업")
    plt.plot(close[0], close[4], label="폐업")
    plt.xlabel("연도")
    plt.ylabel("치킨집 개업(폐업) 수")
    plt.title("연도별 치킨집 개업, 폐업 현황")
