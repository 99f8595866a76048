import math

from grader.checks import Mistake, text
from grader.problems.learning import log_checks
from grader.spec import Problem

PROBLEM = Problem(
    id="p103", chapter="ch04", slug="natural_log",
    title=text("자연로그", "Natural logarithm"),
    statement=text("밑이 자연상수이고 진수가 0.6인 로그 값을 출력하시오. e (자연상수, 무리수)",
                   "Print the natural logarithm (base e) of 0.6."),
    given="x = 0.6",
    example=">>> natural_log(0.6)\n-0.5108256237659907",
    names=("natural_log",),
    stub='''
import numpy as np


def natural_log(x: float) -> float:
    """The logarithm of x to the base e (Euler's number, 2.718...)."""
    raise NotImplementedError
''',
    checks=log_checks("natural_log", math.log, 0.6, [
        Mistake(text("밑이 10인 로그를 썼습니다 (np.log10): 자연로그는 np.log 입니다.",
                     "That is the base-10 logarithm (np.log10): the natural logarithm is np.log."),
                like=lambda x: math.log10(x))]),
    hints=(text("NumPy에서 np.log 가 자연로그(밑 e)입니다.", "In NumPy, np.log is the natural logarithm (base e)."),),
)
