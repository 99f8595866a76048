import numpy as np
from hypothesis import strategies as st

from grader.checks import Agrees, Context, Custom, Mistake, Text, for_all, text
from grader.compare import Fail, expect_equal
from grader.problems.common import RETURNS_NONE
from grader.spec import Problem

SIZES = [st.integers(1, 3), st.integers(1, 3), st.integers(1, 7), st.integers(1, 7)]
RANDN = text("np.random.randn 은 정규분포(음수도, 1 보다 큰 값도 나옴)입니다. 0~1 의 균등분포는 np.random.rand 입니다.",
             "np.random.randn is the normal distribution (negative values and values above 1 too). Uniform values in 0-1 "
             "come from np.random.rand.")
MISTAKES = (
    RETURNS_NONE,
    Mistake(text("채널이 마지막 (N, H, W, C) 입니다: 이 책의 4차원 데이터는 (데이터 수, 채널, 높이, 너비) 입니다: np.random.rand(N, C, H, W).",
                 "The channels are last (N, H, W, C): the book's 4-D data is (number, channels, height, width): np.random.rand(N, C, H, W)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == (args[0], args[2], args[3], args[1])
            and actual.shape != tuple(args)),
    Mistake(RANDN, when=lambda args, actual: isinstance(actual, np.ndarray) and actual.size > 0 and actual.min() < 0),
)


def _random_images(ctx: Context) -> None:
    """The shape is (N, C, H, W), and the values are np.random.rand's under the grader's seed (no reference needed)."""
    def body(*args: int) -> None:
        actual = ctx.session.call("random_images", *args, seed=ctx.seed)
        np.random.seed(ctx.seed)  # the worker seeded np.random the same way before the call
        try:
            expect_equal(actual, np.random.rand(*args), what="np.random.rand(N, C, H, W)")
        except Fail as error:
            error.input = args
            error.hint = next((m.says for m in MISTAKES if m.matches(args, actual)), error.hint)
            np.random.seed(ctx.seed)
            if error.hint is None and isinstance(actual, np.ndarray) and actual.shape == args \
                    and np.allclose(actual, np.random.randn(*args)):
                error.hint = RANDN
            raise

    for_all(ctx, SIZES, body)


PROBLEM = Problem(
    id="p209", chapter="ch07", slug="random_images",
    title=text("4차원 행렬 (데이터 수, 채널, 높이, 너비)", "A 4-D array (number, channels, height, width)"),
    statement=text("칠판에 나온 아이린 사진이라 생각하고 한장의 4차원 행렬을 만드시오 (RGB의 7 x 7 행렬 1장) "
                   "(데이터 수 N, 채널 C, 높이 H, 너비 W 를 받아 0~1 의 무작위 값으로 채운 (N, C, H, W) 배열을 "
                   "np.random.rand 로 만들어 돌려주는 함수로 만드세요.)",
                   "Treating it as the Irene photo on the blackboard, create one 4-D matrix (one RGB 7 x 7 image). "
                   "(Write a function: it takes the number N, the channels C, the height H and the width W, and returns "
                   "an (N, C, H, W) array of random values in 0-1 made with np.random.rand.)"),
    given="x1 = np.random.rand(1, 3, 7, 7)",
    example=">>> random_images(1, 3, 7, 7).shape\n(1, 3, 7, 7)",
    names=("random_images",),
    stub='''
import numpy as np


def random_images(n: int, c: int, h: int, w: int) -> np.ndarray:
    """n images of c channels, h x w, filled with np.random.rand's uniform values in [0, 1): shape (n, c, h, w)."""
    raise NotImplementedError
''',
    checks=(
        Custom(_random_images, text("(N, C, H, W) 형상, 채점기의 시드로 본 np.random.rand 값",
                                    "shape (N, C, H, W) and np.random.rand's values under the grader's seed")),
        Agrees("random_images", SIZES, mistakes=MISTAKES),
    ),
    hints=(text("np.random.rand(1, 3, 7, 7): 인자 순서가 곧 축의 순서 (N, C, H, W) 입니다.",
                "np.random.rand(1, 3, 7, 7): the arguments' order is the axes' order (N, C, H, W)."),),
)
