"""p012 · 마음을 시각화하기 (하트) (Visualise a feeling (a heart))

[문제]
현수가 원섭이에 대한 마음을 시각화하시오. (노트의 답처럼: 두 리스트를 빨간 선 두 개로 그리고 격자를 켜서 하트를 그리세요.)

[Problem]
Visualize "Hyunsu's feelings for Wonseop". (As the notes' answer does: draw the two lists as two red lines, with a grid, to make a heart.)

주어진 것 / Given:
    lower = [6, 4, 2, 0, 2, 4, 6]   # color='red'
    upper = [6, 8, 8, 6, 8, 8, 6]   # color='red'

눈으로 확인할 것 / Check by eye:
draw_heart([6, 4, 2, 0, 2, 4, 6], [6, 8, 8, 6, 8, 8, 6]); plt.show() 가 빨간 하트로 보이나요?
Does draw_heart([6, 4, 2, 0, 2, 4, 6], [6, 8, 8, 6, 8, 8, 6]); plt.show() look like a red heart?

힌트 / Hints: grade hint p012

채점 / Grade: grade p012
"""
import matplotlib.pyplot as plt


def draw_heart(lower: list[int], upper: list[int]) -> None:
    """Draw lower and upper as two red line graphs (plt.plot(values, color='red')) and turn the grid on."""
    raise NotImplementedError
