import numpy as np

from grader.checks import text
from grader.problems.forward import weights_pass_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p051", chapter="ch03", slug="network_output",
    title=text("항등함수를 통과한 최종 결과", "The final result after the identity function"),
    statement=text("항등함수를 통과시킨 최종 결과를 출력하시오",
                   "Print the final result after passing through the identity function."),
    given="x = np.array([1, 2])\nW1 = np.array([[1, 3, 5], [4, 5, 6]])\nW2 = np.array([[1, 2], [3, 4], [5, 6]])\n"
          "W3 = np.array([[1, 2], [3, 4]])",
    example=">>> network_output(np.array([1, 2]), W1, W2, W3)\narray([3.99985815, 5.9997286 ])",
    names=("identity_function", "network_output"),
    stub='''
import numpy as np


def identity_function(x: np.ndarray) -> np.ndarray:
    """Return x unchanged (problem 50)."""
    raise NotImplementedError


def network_output(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    """The whole 3-layer pass (no biases): sigmoid on layers 1 and 2, then identity_function(y3)."""
    raise NotImplementedError
''',
    checks=weights_pass_checks("network_output", np.array([3.99985815, 5.9997286])),
    hints=(text("문제 49의 y3를 identity_function에 넣어 그 결과를 돌려주세요. 항등함수라 값은 y3와 같습니다.",
                "Pass problem 49's y3 to identity_function and return what it gives: the identity leaves y3 as it is."),),
)
