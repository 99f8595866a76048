import numpy as np

from grader.checks import Fail, Figure, text
from grader.problems.basics import drawn_axes, expect_grid, expect_line
from grader.spec import Problem

NOTES_T = np.arange(0, 12, 0.01)
OTHER_T = np.linspace(-2.0, 3.0, 26)


def _grid_plot(t: np.ndarray) -> Figure:
    def expect(figures: list) -> None:
        ax = drawn_axes(figures)
        if not ax["lines"]:
            raise Fail("values", text("선 그래프가 없습니다: plt.plot(t) 로 그리세요.", "No line graph: draw it with plt.plot(t)."),
                       show_values=False)
        line = ax["lines"][-1]
        if line["y"].shape == t.shape and np.allclose(line["x"], t) and not np.allclose(line["y"], t):
            raise Fail("values", text("t 가 x 축에 갔습니다. plt.plot(t) 는 t 를 y 값으로, 0, 1, 2, ... 를 x 값으로 씁니다.",
                                      "t went to the x axis. plt.plot(t) uses t as the y values and 0, 1, 2, ... as x."),
                       show_values=False)
        expect_line(line, np.arange(len(t)), t, "plt.plot(t):")
        expect_grid(ax)

    label = "np.arange(0, 12, 0.01)" if t is NOTES_T else "np.linspace(-2, 3, 26)"
    return Figure("plot_with_grid", expect, args=(t,), title=text(f"t = {label} 의 선과 격자", f"the line of t = {label}, and a grid"))


PROBLEM = Problem(
    id="p011", chapter="ch01", slug="grid",
    title=text("그래프에 격자 추가", "Add a grid to a graph"),
    statement=text("위의 그래프에 grid(격자)를 추가하시오. (t 를 받아 plt.plot(t) 로 그리고 격자를 켜는 함수로 만드세요.)",
                   "Add a grid to the line graph of the previous example (t = np.arange(0, 12, 0.01)). (Write a "
                   "function: it draws t with plt.plot(t) and turns the grid on.)"),
    given="t = np.arange(0, 12, 0.01)\nplt.plot(t)",
    names=("plot_with_grid",),
    stub='''
import matplotlib.pyplot as plt
import numpy as np


def plot_with_grid(t: np.ndarray) -> None:
    """Draw t as a line graph, plt.plot(t), with a grid. plt.show() is fine: the grader opens no window."""
    raise NotImplementedError
''',
    checks=(_grid_plot(NOTES_T), _grid_plot(OTHER_T)),
    hints=(text("plt.plot(t) 다음에 plt.grid() 를 부르세요.", "Call plt.grid() after plt.plot(t)."),),
    autograded="partly",
    self_check=text("plot_with_grid(np.arange(0, 12, 0.01)); plt.show() 로 0에서 12까지 올라가는 직선과 격자를 보세요.",
                    "Run plot_with_grid(np.arange(0, 12, 0.01)); plt.show(): a straight line rising from 0 to 12, over a grid."),
)
