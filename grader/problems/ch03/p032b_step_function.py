from grader.checks import text
from grader.problems.activations import step_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p032b", chapter="ch03", slug="step_function",
    title=text("계단 함수", "The step function"),
    statement=text("파이썬으로 계단 함수를 만드시오", "Write a step function in Python."),
    given="x_data = np.array([-1, 0, 1])\n# h(x) = 1 (x > 0), 0 (x <= 0)",
    example=">>> step_func(np.array([-1, 0, 1]))\narray([0, 0, 1])",
    names=("step_func",),
    stub='''
import numpy as np


def step_func(x: np.ndarray) -> np.ndarray:
    """Element-wise step function: 1 where x > 0, 0 where x <= 0, as an array of ints.

    The course notes write y.astype(np.int): np.int was removed from NumPy, write astype(int).
    """
    raise NotImplementedError
''',
    checks=step_checks("step_func"),
    hints=(text("x > 0 은 True/False 배열을 줍니다. 이것을 .astype(int) 로 1/0 정수 배열로 바꾸세요.",
                "x > 0 gives an array of True/False; .astype(int) turns it into 1/0 integers."),
           text("x = 0 에서는 0 입니다: >= 가 아니라 > 를 쓰세요.", "At x = 0 the answer is 0: use >, not >=.")),
)
