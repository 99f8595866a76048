import numpy as np
from hypothesis import strategies as st

from grader.checks import Context, Custom, Holds, text
from grader.compare import Fail, expect_equal
from grader.problems.learning import varies_with_seed
from grader.spec import Problem


def _shape(args, actual):
    if not isinstance(actual, np.ndarray):
        raise Fail("type", text("NumPy 배열을 돌려주세요.", "Return a NumPy array."), actual=actual)
    expect_equal(actual.shape, args, what="shape")


def _standard_normal(ctx: Context) -> None:
    w = np.asarray(ctx.session.call("random_weights", 100, 100, seed=ctx.seed), dtype=float)
    if w.min() >= 0 and w.max() < 1:
        raise Fail("property", text("모든 값이 [0, 1) 안에 있습니다: np.random.rand(균등 분포)입니다. "
                                    "np.random.randn 은 평균 0, 표준편차 1인 정규 분포에서 뽑습니다 (음수도 나옴).",
                                    "Every value is in [0, 1): that is np.random.rand (uniform). np.random.randn draws from "
                                    "the standard normal distribution, mean 0 and standard deviation 1 (negatives too)."),
                   show_values=False)
    if abs(w.mean()) > 0.05 or not 0.95 < w.std() < 1.05:
        raise Fail("property", text(f"10000개 값의 평균 {w.mean():.3f}, 표준편차 {w.std():.3f}: 표준정규분포(0, 1)가 아닙니다.",
                                    f"10000 values have mean {w.mean():.3f} and standard deviation {w.std():.3f}: not the "
                                    "standard normal (0, 1)."), show_values=False)


PROBLEM = Problem(
    id="p121", chapter="ch04", slug="random_weights",
    title=text("무작위 2 x 3 행렬", "A random 2 x 3 matrix"),
    statement=text("2 x 3 행렬을 생성하는데 값은 랜덤 값으로 생성되게 하시오", "Create a 2 x 3 matrix filled with random values."),
    example=">>> random_weights(2, 3)      # 실행마다 다름 / random\narray([[-1.15815693, -1.03718435,  0.03311024],\n"
            "       [ 0.04157162, -1.4255968 ,  0.49998371]])",
    names=("random_weights",),
    stub='''
import numpy as np


def random_weights(rows: int, cols: int) -> np.ndarray:
    """A rows x cols matrix drawn from the standard normal distribution (np.random.randn), as weights start in the book."""
    raise NotImplementedError
''',
    checks=(
        Holds("random_weights", (st.integers(1, 5), st.integers(1, 5)), _shape, title=text("형상 (rows, cols)", "shape (rows, cols)")),
        varies_with_seed("random_weights", 2, 3),
        Custom(_standard_normal, text("표준정규분포: 평균 0, 표준편차 1", "standard normal: mean 0, standard deviation 1")),
    ),
    hints=(text("np.random.randn(2, 3): 인자가 튜플이 아니라 두 개의 정수입니다.", "np.random.randn(2, 3): two integers, not a tuple."),),
)
