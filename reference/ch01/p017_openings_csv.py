import matplotlib.pyplot as plt

from grader.fonts import use_korean_font
from reference.charts import chicken_by_year

use_korean_font()


def plot_openings(path: str) -> None:
    years, chicken = chicken_by_year(path)
    plt.plot(years, chicken)
    plt.xlabel("연도")
    plt.ylabel("치킨집 개업 수")
    plt.title("연도별 치킨집 개업 현황")
    plt.show()
