"""The plots of chapter 1 (matplotlib basics) that later problems build on."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

CHICKEN = 4  # column of 치킨집 (chicken restaurants) in 창업건수.csv and 폐업건수.csv; column 0 is the year


def draw_heart(lower: list[float], upper: list[float]) -> None:
    """Two red lines and a grid: the lower and the upper half of a heart."""
    plt.figure()
    plt.plot(lower, color="red")
    plt.plot(upper, color="red")
    plt.grid()


def load_columns(path: str) -> np.ndarray:
    """The CSV (one row per year, a header row first) as one array row per column.

    unpack=True transposes the table, so that columns[0] holds every year and columns[CHICKEN] every count:
    exactly the x and y a line plot wants.
    """
    return np.loadtxt(path, skiprows=1, unpack=True, delimiter=",")


def chicken_by_year(path: str) -> tuple[np.ndarray, np.ndarray]:
    columns = load_columns(path)
    return columns[0], columns[CHICKEN]
