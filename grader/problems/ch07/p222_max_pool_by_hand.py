import numpy as np
from hypothesis import strategies as st

from grader.checks import Example, Holds, Mistake, expect_equal, text
from grader.problems.cnn import arrays
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

IMAGE = np.array([[21, 8, 8, 12], [12, 19, 9, 7], [8, 10, 4, 3], [18, 12, 9, 10]])


def _pooled(a: np.ndarray) -> np.ndarray:
    h, w = a.shape
    return a.reshape(h // 2, 2, w // 2, 2).max(axis=(1, 3))


MISTAKES = (
    Mistake(text("최댓값을 잘못된 축에서 구했습니다: 2x2 창은 reshape(H//2, 2, W//2, 2) 의 축 1 과 3 입니다 (max(axis=(1, 3))).",
                 "The maximum was taken over the wrong axes: the 2x2 windows are axes 1 and 3 of reshape(H//2, 2, W//2, 2) "
                 "(max(axis=(1, 3)))."),
            like=lambda a: np.asarray(a).reshape(np.shape(a)[0] // 2, 2, np.shape(a)[1] // 2, 2).max(axis=(0, 2))),
    Mistake(text("창을 한 칸씩 (stride 1) 옮겼습니다: 최대 풀링의 창은 겹치지 않게 2칸씩 (stride 2) 옮깁니다.",
                 "The window moved one step at a time (stride 1): the pooling windows move two steps (stride 2) and never overlap."),
            when=lambda args, actual: np.shape(actual) == (np.shape(args[0])[0] - 1, np.shape(args[0])[1] - 1)),
    RETURNS_NONE,
)
EVEN = st.tuples(st.integers(1, 4), st.integers(1, 4)).flatmap(lambda s: arrays((2 * s[0], 2 * s[1])))

PROBLEM = Problem(
    id="p222", chapter="ch07", slug="max_pool_by_hand",
    title=text("손으로 최대 풀링하기", "Max pooling by hand"),
    statement=text("아래의 이미지를 손으로 최대 풀링하시오 (2x2, stride 2). 손으로 한 순서를 그대로 코드로 옮겨, 높이와 너비가 짝수인 "
                   "2차원 이미지를 받아 겹치지 않는 2x2 창마다 최댓값을 담은 배열을 돌려주세요.",
                   "Max-pool the image below by hand (2x2, stride 2). Then write the steps you took as code: take a 2-D image of "
                   "even height and width and return the maximum of every non-overlapping 2x2 window."),
    given="21  8  8 12\n12 19  9  7\n 8 10  4  3\n18 12  9 10",
    example=">>> max_pool_by_hand(image)\narray([[21, 12],\n       [18, 10]])",
    names=("max_pool_by_hand",),
    stub='''
import numpy as np


def max_pool_by_hand(image: np.ndarray) -> np.ndarray:
    """(H, W) with H, W even -> (H // 2, W // 2): the largest value of every 2x2 window, windows side by side (stride 2)."""
    raise NotImplementedError
''',
    checks=(
        Example("max_pool_by_hand", (IMAGE,), np.array([[21, 12], [18, 10]]), dtype=None, mistakes=MISTAKES,
                title=text("노트의 4x4 이미지: [[21, 12], [18, 10]]", "the notes' 4x4 image: [[21, 12], [18, 10]]")),
        Holds("max_pool_by_hand", [EVEN], lambda args, actual: expect_equal(actual, _pooled(args[0]), what="max_pool_by_hand(image)",
                                                                            dtype=None),
              mistakes=MISTAKES, title=text("무작위 크기의 이미지 (높이, 너비 짝수)", "images of generated sizes (even height and width)")),
    ),
    hints=(text("왼쪽 위 창 [[21, 8], [12, 19]] 의 최댓값은 21. 창은 2칸씩 옮깁니다: image[i:i+2, j:j+2].max() (i, j = 0, 2, ...).",
                "The top-left window [[21, 8], [12, 19]] has the maximum 21. Windows move two steps: image[i:i+2, j:j+2].max() (i, j = 0, 2, ...)."),),
)
