"""The book's MSE, the rates appended in a loop.

style: for loop with append
"""
import numpy as np


def mean_squared_error(y, t):
    return 0.5 * np.sum((y - t) ** 2)


def error_rates(ys, t):
    rates = []
    for y in ys:
        rates.append(round(float(mean_squared_error(np.array(y), np.array(t))) * 100, 2))
    return rates
