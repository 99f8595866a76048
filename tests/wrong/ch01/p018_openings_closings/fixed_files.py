"""Mistake: opens the two files by fixed names instead of the paths it is given.

expect: It read fixed files, not the paths passed in
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_openings_closings(open_path, close_path):
    chi = np.loadtxt("fixtures/창업건수.csv", skiprows=1, unpack=True, delimiter=",")
    close = np.loadtxt("fixtures/폐업건수.csv", skiprows=1, unpack=True, delimiter=",")
    plt.plot(chi[0], chi[4], label="창업")
    plt.plot(close[0], close[4], label="폐업")
    plt.xlabel("연도")
    plt.ylabel("치킨집 개업(폐업) 수")
    plt.title("연도별 치킨집 개업, 폐업 현황")
    plt.legend()
