import numpy as np

from grader.checks import Example, Fail, Holds, Mistake, text
from grader.problems.basics import int_matrices
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem


def _five_more(args: tuple, actual: object) -> None:
    """Every element is exactly 5 more than the input's, in an array of the input's shape."""
    (a,) = args
    if not isinstance(actual, np.ndarray) or actual.shape != a.shape:
        raise Fail("shape", text(f"입력과 같은 형상 {a.shape} 의 배열이어야 합니다.", f"Expected an array of the input's shape {a.shape}."),
                   expected=a + 5)
    if not np.array_equal(actual - a, np.full(a.shape, 5)):
        raise Fail("values", text("모든 요소가 입력보다 정확히 5 커야 합니다.", "Every element must be exactly 5 more than the input's."),
                   expected=a + 5)


PROBLEM = Problem(
    id="p002", chapter="ch01", slug="add_five",
    title=text("행렬의 각 요소에 5 더하기", "Add 5 to every element"),
    statement=text("위의 a 행렬의 각 요소에 5를 더한 값을 출력하시오. (출력 대신 돌려주세요.)",
                   "Print the result of adding 5 to every element of matrix a from the previous problem. "
                   "(Return it instead of printing.)"),
    given="a = np.array([[1, 2], [3, 4]])",
    example=">>> add_five(np.array([[1, 2], [3, 4]]))\narray([[6, 7],\n       [8, 9]])",
    names=("add_five",),
    stub='''
import numpy as np


def add_five(a: np.ndarray) -> np.ndarray:
    """Return a new array: every element of a plus 5 (broadcasting, no loop)."""
    raise NotImplementedError
''',
    checks=(
        Example("add_five", (np.array([[1, 2], [3, 4]]),), np.array([[6, 7], [8, 9]]), mistakes=(RETURNS_NONE,)),
        Holds("add_five", [int_matrices("p002")], _five_more,
              title=text("다른 행렬에서도 모든 요소 + 5", "other matrices: every element + 5"),
              mistakes=(Mistake(text("새 요소 5를 덧붙였습니다 (np.append). 더하기는 a + 5 입니다.",
                                     "It appended a new element 5 (np.append). Adding is a + 5."),
                                like=lambda a: np.append(a, 5)),)),
    ),
    hints=(text("배열 + 스칼라는 모든 요소에 더해집니다 (브로드캐스트).", "array + scalar adds to every element (broadcasting)."),),
)
