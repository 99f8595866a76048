import numpy as np

from grader.checks import Example, text
from grader.problems.activations import ARRAY_ERRORS, RELU_MISTAKES, relu_checks
from grader.problems.common import explain_errors
from grader.spec import Problem

PROBLEM = Problem(
    id="p038", chapter="ch03", slug="relu_numpy",
    title=text("ReLU 함수 (NumPy)", "The ReLU function (NumPy)"),
    statement=text("numpy 를 이용해서 Relu 함수를 파이썬으로 구현하시오", "Implement the ReLU function in Python using NumPy."),
    given="Relu(0.3), Relu(-2), Relu(np.array([-2.0, 0.0, 0.3, 3.0]))",
    example=">>> Relu(0.3)\n0.3\n>>> Relu(-2)\n0\n>>> Relu(np.array([-2.0, 0.0, 0.3, 3.0]))\narray([0. , 0. , 0.3, 3. ])",
    names=("Relu",),
    stub='''
import numpy as np


def Relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) element by element, without if: works for a number and for an array of any shape."""
    raise NotImplementedError
''',
    checks=(explain_errors(Example("Relu", (np.array([-2.0, 0.0, 0.3, 3.0]),), np.array([0.0, 0.0, 0.3, 3.0]),
                                   mistakes=RELU_MISTAKES, title=text("배열 하나", "an array")), ARRAY_ERRORS),)
    + relu_checks("Relu"),
    hints=(text("np.maximum(0, x) 는 원소마다 0 과 x 중 큰 값을 고릅니다 (np.max 는 배열 전체의 최댓값 하나입니다).",
                "np.maximum(0, x) picks the larger of 0 and x element by element (np.max is the single largest element)."),),
)
