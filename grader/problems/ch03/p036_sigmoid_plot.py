import numpy as np

from grader.checks import text
from grader.problems.activations import plot_checks, plot_stub, sigmoid_checks
from grader.problems.forward import sigmoid
from grader.spec import Problem

PROBLEM = Problem(
    id="p036", chapter="ch03", slug="sigmoid_plot",
    title=text("시그모이드 함수 그래프", "Plot of the sigmoid function"),
    statement=text("시그모이드 함수를 파이썬으로 그래프를 그려 시각화하시오", "Draw a graph of the sigmoid function in Python."),
    given='x_data = np.arange(-6, 6, 0.1)\n# 제목 / title "시그모이드 함수", plt.ylim(-0.1, 1.1)',
    names=("sigmoid", "plot_sigmoid"),
    stub=plot_stub('''
def sigmoid(x: np.ndarray) -> np.ndarray:
    """h(x) = 1 / (1 + exp(-x)), element by element."""
    raise NotImplementedError
''', "plot_sigmoid", 'Draw y = sigmoid(x) against x with plt.plot, title "시그모이드 함수", y axis from -0.1 to 1.1.',
        "np.arange(-6, 6, 0.1)", korean=True),
    checks=sigmoid_checks("sigmoid", full=False) + plot_checks(
        "plot_sigmoid", np.arange(-6, 6, 0.1), sigmoid, "시그모이드 함수", ylim=(-0.1, 1.1)),
    autograded="partly",
    self_check=text("직접 실행해 그래프가 0 에서 1 로 매끄럽게 올라가는 S 자 곡선(x = 0 에서 0.5)이고, 제목 '시그모이드 함수' 가 "
                    "네모(□) 없이 한글로 보이는지 확인하세요. 계단 함수 그래프와 비교해 보세요.",
                    "Run the file yourself: a smooth S-shaped curve rising from 0 to 1 (0.5 at x = 0), with the title "
                    "'시그모이드 함수' in Korean letters, not boxes (□). Compare it with the step function's graph."),
    hints=(text("plt.plot(x, sigmoid(x)); plt.title(\"시그모이드 함수\"); plt.ylim(-0.1, 1.1)",
                "plt.plot(x, sigmoid(x)); plt.title(\"시그모이드 함수\"); plt.ylim(-0.1, 1.1)"),),
)
