import numpy as np

from grader.checks import text
from grader.problems.activations import plot_checks, plot_stub, relu_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p038b", chapter="ch03", slug="relu_plot",
    title=text("ReLU 함수 그래프", "Plot of the ReLU function"),
    statement=text("Relu 함수를 파이썬으로 시각화하시오", "Visualize the ReLU function in Python."),
    given='x_data = np.arange(-5, 5, 0.1)\n# 제목 / title "Relu function", plt.xlim(-6, 6), plt.ylim(-1, 5.5)',
    names=("Relu", "plot_relu"),
    stub=plot_stub('''
def Relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) element by element."""
    raise NotImplementedError
''', "plot_relu", 'Draw y = Relu(x) against x with plt.plot, title "Relu function", x axis -6..6, y axis -1..5.5.',
        "np.arange(-5, 5, 0.1)"),
    checks=relu_checks("Relu")[:1] + plot_checks(
        "plot_relu", np.arange(-5, 5, 0.1), lambda x: np.maximum(0, x), "Relu function", xlim=(-6, 6), ylim=(-1, 5.5)),
    autograded="partly",
    self_check=text("직접 실행해 그래프가 x <= 0 에서 0 으로 평평하고 x > 0 에서 기울기 1 의 직선인지, "
                    "축 범위 덕분에 꺾이는 점(0, 0)이 가운데쯤 잘 보이는지 확인하세요.",
                    "Run the file yourself: flat at 0 for x <= 0, then a straight line of slope 1, with the kink at "
                    "(0, 0) well in view thanks to the axis limits."),
    hints=(text("plt.plot(x, Relu(x)); plt.title(\"Relu function\"); plt.xlim(-6, 6); plt.ylim(-1, 5.5)",
                "plt.plot(x, Relu(x)); plt.title(\"Relu function\"); plt.xlim(-6, 6); plt.ylim(-1, 5.5)"),),
)
