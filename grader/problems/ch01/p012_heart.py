from grader.checks import text
from grader.problems.basics import HEART, SMALL_HEART, heart_figure
from grader.spec import Problem

PROBLEM = Problem(
    id="p012", chapter="ch01", slug="heart",
    title=text("마음을 시각화하기 (하트)", "Visualise a feeling (a heart)"),
    statement=text("현수가 원섭이에 대한 마음을 시각화하시오. (노트의 답처럼: 두 리스트를 빨간 선 두 개로 그리고 격자를 켜서 하트를 그리세요.)",
                   "Visualize \"Hyunsu's feelings for Wonseop\". (As the notes' answer does: draw the two lists as two "
                   "red lines, with a grid, to make a heart.)"),
    given="lower = [6, 4, 2, 0, 2, 4, 6]   # color='red'\nupper = [6, 8, 8, 6, 8, 8, 6]   # color='red'",
    names=("draw_heart",),
    stub='''
import matplotlib.pyplot as plt


def draw_heart(lower: list[int], upper: list[int]) -> None:
    """Draw lower and upper as two red line graphs (plt.plot(values, color='red')) and turn the grid on."""
    raise NotImplementedError
''',
    checks=(heart_figure("draw_heart", *HEART), heart_figure("draw_heart", *SMALL_HEART)),
    hints=(text("plt.plot 을 두 번 부르면 두 선이 한 그래프에 겹쳐 그려집니다. color='red' 로 색을 정하세요.",
                "Two calls to plt.plot draw two lines in one graph. Set the colour with color='red'."),),
    autograded="partly",
    self_check=text("draw_heart([6, 4, 2, 0, 2, 4, 6], [6, 8, 8, 6, 8, 8, 6]); plt.show() 가 빨간 하트로 보이나요?",
                    "Does draw_heart([6, 4, 2, 0, 2, 4, 6], [6, 8, 8, 6, 8, 8, 6]); plt.show() look like a red heart?"),
)
