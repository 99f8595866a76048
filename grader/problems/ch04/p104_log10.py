import math

from grader.checks import Mistake, text
from grader.problems.learning import log_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p104", chapter="ch04", slug="log10",
    title=text("상용로그 (밑 10)", "Base-10 logarithm"),
    statement=text("밑수가 10이고 진수가 0.6인 로그의 로그 값을 출력하시오", "Print the base-10 logarithm of 0.6."),
    given="x = 0.6",
    example=">>> log10(0.6)     # math.log(0.6, 10) 또는 np.log10(0.6)\n-0.2218487496163564",
    names=("log10",),
    stub='''
import math

import numpy as np


def log10(x: float) -> float:
    """The logarithm of x to the base 10 (two ways: math.log(x, 10) or np.log10(x))."""
    raise NotImplementedError
''',
    checks=log_checks("log10", math.log10, 0.6, [
        Mistake(text("자연로그(밑 e)를 썼습니다: 밑 10은 np.log10(x) 또는 math.log(x, 10) 입니다.",
                     "That is the natural logarithm (base e): base 10 is np.log10(x) or math.log(x, 10)."),
                like=lambda x: math.log(x))]),
    hints=(text("math.log(x, 10) 과 np.log10(x) 는 마지막 자리만 다를 수 있습니다 (반올림).",
                "math.log(x, 10) and np.log10(x) may differ in the last digit only (rounding)."),),
)
