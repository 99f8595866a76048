"""Mistake: "the fifth column" taken as index 5, which is 커피음료 (coffee shops).

expect: Chicken restaurants are column 4
"""
import matplotlib.pyplot as plt
import numpy as np


def plot_openings(path):
    chi = np.loadtxt(path, skiprows=1, unpack=True, delimiter=",")
    plt.plot(chi[0], chi[5])
    plt.xlabel("연도")
    plt.ylabel("치킨집 개업 수")
    plt.title("연도별 치킨집 개업 현황")
