import numpy as np

from grader.checks import text
from grader.problems.activations import plot_checks, plot_stub, step_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p033b", chapter="ch03", slug="step_plot",
    title=text("계단 함수 그래프", "Plot of the step function"),
    statement=text("파이썬으로 계단 함수를 시각화하시오", "Visualize the step function in Python."),
    given='x_data = np.arange(-5, 5, 0.1)\n# 제목 / title "계단 함수", plt.ylim(-0.1, 1.1)',
    names=("step_func", "plot_step"),
    stub=plot_stub('''
def step_func(x: np.ndarray) -> np.ndarray:
    """1 where x > 0, 0 where x <= 0, as ints (astype(int): np.int was removed from NumPy)."""
    raise NotImplementedError
''', "plot_step", 'Draw y = step_func(x) against x with plt.plot, title "계단 함수", y axis from -0.1 to 1.1.',
        "np.arange(-5, 5, 0.1)", korean=True),
    checks=step_checks("step_func")[:1] + plot_checks(
        "plot_step", np.arange(-5, 5, 0.1), lambda x: (x > 0).astype(int), "계단 함수", ylim=(-0.1, 1.1)),
    autograded="partly",
    self_check=text("직접 실행해 창에 뜬 그래프가 x = 0 에서 0 에서 1 로 뛰어오르는 계단 모양이고, 제목 '계단 함수' 가 "
                    "네모(□) 없이 한글로 보이는지 확인하세요.",
                    "Run the file yourself: the graph should jump from 0 to 1 at x = 0, and the title '계단 함수' "
                    "should show as Korean letters, not boxes (□)."),
    hints=(text("plt.plot(x, step_func(x)); plt.title(\"계단 함수\"); plt.ylim(-0.1, 1.1)",
                "plt.plot(x, step_func(x)); plt.title(\"계단 함수\"); plt.ylim(-0.1, 1.1)"),),
)
