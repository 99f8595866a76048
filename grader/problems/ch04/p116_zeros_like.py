import numpy as np

from grader.checks import Example, Holds, Mistake, text
from grader.problems.common import float_arrays
from grader.problems.learning import equals
from grader.spec import Problem

FIRST_AXIS_ONLY = Mistake(text("np.zeros(len(x))는 첫 번째 축의 길이만 씁니다: 2차원 배열의 형상을 잃습니다. np.zeros_like(x)를 쓰세요.",
                               "np.zeros(len(x)) uses the length of the first axis only and loses a 2-D array's shape. Use np.zeros_like(x)."),
                          when=lambda args, actual: getattr(actual, "shape", None) == (len(args[0]),) and args[0].ndim > 1)

PROBLEM = Problem(
    id="p116", chapter="ch04", slug="zeros_like",
    title=text("같은 형상의 0 배열", "An array of zeros of the same shape"),
    statement=text("아래의 numpy 배열과 같은 구조의 행렬이 출력되는데 값은 0으로 출력되게 하시오",
                   "Print a matrix of the same structure as the NumPy array below but with all values 0."),
    given="x = np.array([3.0, 4.0])",
    example=">>> zeros_like_of(np.array([3.0, 4.0]))\narray([0., 0.])",
    names=("zeros_like_of",),
    stub='''
import numpy as np


def zeros_like_of(x: np.ndarray) -> np.ndarray:
    """An array of zeros with x's shape and dtype (where numerical_gradient will collect the derivatives)."""
    raise NotImplementedError
''',
    checks=(
        Example("zeros_like_of", (np.array([3.0, 4.0]),), np.array([0.0, 0.0]), mistakes=[FIRST_AXIS_ONLY]),
        Holds("zeros_like_of", (float_arrays(),), equals(lambda x: np.zeros_like(x)),
              title=text("모든 형상의 배열에서 같은 형상의 0", "zeros of the same shape for arrays of any shape"),
              mistakes=[FIRST_AXIS_ONLY]),
    ),
    hints=(text("np.zeros_like(x)", "np.zeros_like(x)"),),
)
