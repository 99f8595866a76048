import matplotlib.pyplot as plt

from grader.fonts import use_korean_font
from reference.charts import draw_heart

use_korean_font()  # by font name, not by a Windows file path as in the notes: works on any machine with the font


def draw_titled_heart(lower: list[int], upper: list[int]) -> None:
    draw_heart(lower, upper)
    plt.title("광록이에 대한 현수의 마음")
    plt.show()
