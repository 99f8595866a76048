from grader.checks import text
from grader.problems.forward import softmax_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p060", chapter="ch03", slug="softmax",
    title=text("소프트맥스 함수", "The softmax function"),
    statement=text("softmax 함수를 분모까지 포함해서 완전히 완성하시오",
                   "Complete the softmax function including the denominator."),
    given="a = np.array([1010, 1000, 990])",
    example=">>> softmax(np.array([1010, 1000, 990]))\narray([9.99954600e-01, 4.53978686e-05, 2.06106005e-09])\n"
            ">>> softmax(np.array([[1.0, 2.0], [3.0, 3.0]]))  # 배치: 행마다 / a batch: row by row\n"
            "array([[0.26894142, 0.73105858],\n       [0.5       , 0.5       ]])",
    names=("softmax",),
    stub='''
import numpy as np


def softmax(a: np.ndarray) -> np.ndarray:
    """exp(a - max) / sum(exp(a - max)) along the last axis.

    a is one vector, or a batch with one vector per row: then every row is its own softmax and sums to 1.
    """
    raise NotImplementedError
''',
    checks=softmax_checks("softmax"),
    hints=(
        text("분자는 문제 59의 np.exp(a - np.max(a)), 분모는 그 합 np.sum(...) 입니다.",
             "The numerator is problem 59's np.exp(a - np.max(a)); the denominator is its sum, np.sum(...)."),
        text("배치에서는 행마다 계산합니다: np.max(a, axis=-1, keepdims=True), np.sum(..., axis=-1, keepdims=True). "
             "keepdims=True 라서 (N, 1) 모양이 (N, K) 에 브로드캐스트됩니다.",
             "For a batch, work row by row: np.max(a, axis=-1, keepdims=True) and np.sum(..., axis=-1, keepdims=True). "
             "keepdims=True keeps a (N, 1) shape that broadcasts against (N, K)."),
    ),
)
