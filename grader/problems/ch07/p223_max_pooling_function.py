import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.ch07.p222_max_pool_by_hand import IMAGE
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

GIVEN = """def max_pooling(array):
    res = []
    a = array.flatten()
    for i in range(0,12,2):
        if i==4 or i==6:
            continue
        temp=np.array([a[i:i+2], a[i+4:i+6]])
        res.append(np.max(temp))
    res = np.array(res).reshape(2,2)
    return res
a = np.random.rand(4, 4)"""


def _pooled(a: np.ndarray) -> np.ndarray:
    return np.asarray(a).reshape(2, 2, 2, 2).max(axis=(1, 3))


MISTAKES = (
    Mistake(text("한 창을 a[i:i+2] 와 a[i+1:i+3] 처럼 잘랐습니다: 4x4 를 펼친 a 에서 창의 아랫줄은 4칸 뒤, a[i+4:i+6] 입니다.",
                 "A window was cut as a[i:i+2] and a[i+1:i+3]: in the flattened 4x4 a, the window's lower row is four places on, a[i+4:i+6]."),
            like=lambda a: np.array([max(np.ravel(a)[i:i + 2].max(), np.ravel(a)[i + 1:i + 3].max()) for i in (0, 2, 8, 10)]).reshape(2, 2)),
    Mistake(text("최댓값을 잘못된 축에서 구했습니다: 2x2 창은 reshape(2, 2, 2, 2) 의 축 1 과 3 입니다.",
                 "The maximum was taken over the wrong axes: the 2x2 windows are axes 1 and 3 of reshape(2, 2, 2, 2)."),
            like=lambda a: np.asarray(a).reshape(2, 2, 2, 2).max(axis=(0, 2))),
    RETURNS_NONE,
)
MATRICES = hnp.arrays(np.float64, (4, 4), elements=st.floats(0, 1, width=64))

PROBLEM = Problem(
    id="p223", chapter="ch07", slug="max_pooling_function",
    title=text("max_pooling 함수로 4x4 를 2x2 로", "max_pooling: a 4x4 matrix into 2x2"),
    statement=text("max_pooling 함수를 이용해서 4x4 행렬을 2x2 행렬로 변경하시오 (아래 max_pooling 함수를 완성해, 4x4 행렬을 받아 "
                   "겹치지 않는 2x2 창마다 최댓값을 담은 2x2 배열을 돌려주세요.)",
                   "Use the max_pooling function to change a 4x4 matrix into a 2x2 matrix. (Complete max_pooling below: it takes "
                   "a 4x4 matrix and returns the 2x2 array of every non-overlapping 2x2 window's maximum.)"),
    given=GIVEN,
    example=">>> max_pooling(np.array([[21, 8, 8, 12], [12, 19, 9, 7], [8, 10, 4, 3], [18, 12, 9, 10]]))\n"
            "array([[21, 12],\n       [18, 10]])",
    names=("max_pooling",),
    stub='''
import numpy as np


def max_pooling(array: np.ndarray) -> np.ndarray:
    """A 4x4 matrix -> the 2x2 matrix of its four 2x2 windows' maxima (top-left, top-right, bottom-left, bottom-right)."""
    raise NotImplementedError
''',
    checks=(
        Example("max_pooling", (IMAGE,), np.array([[21, 12], [18, 10]]), dtype=None, mistakes=MISTAKES,
                title=text("문제 222 의 이미지", "problem 222's image")),
        Holds("max_pooling", [MATRICES], lambda args, actual: expect_equal(actual, _pooled(args[0]), what="max_pooling(a)"),
              mistakes=MISTAKES, title=text("np.random.rand(4, 4) 같은 무작위 행렬", "random matrices like np.random.rand(4, 4)")),
    ),
    hints=(text("a = array.flatten() 에서 왼쪽 위 창은 a[0:2] 와 a[4:6], 오른쪽 위 창은 a[2:4] 와 a[6:8] 입니다.",
                "In a = array.flatten(), the top-left window is a[0:2] and a[4:6]; the top-right one is a[2:4] and a[6:8]."),),
)
