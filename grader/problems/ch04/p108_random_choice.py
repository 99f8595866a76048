import numpy as np
from hypothesis import strategies as st

from grader.checks import Context, Custom, Holds, text
from grader.compare import Fail, expect_equal
from grader.problems.learning import varies_with_seed
from grader.spec import Problem


def _indices(args, actual):
    n, size = args
    if not isinstance(actual, np.ndarray):
        raise Fail("type", text("NumPy 배열을 돌려주세요.", "Return a NumPy array."), actual=actual)
    expect_equal(actual.shape, (size,), what="shape")
    if actual.dtype.kind not in "iu":
        return text(f"dtype이 {actual.dtype} 입니다: 인덱스로 쓸 정수를 뽑으세요 (np.random.choice).",
                    f"The dtype is {actual.dtype}: draw integers that can index an array (np.random.choice).")
    if actual.min() < 0 or actual.max() >= n:
        return text(f"0 이상 {n} 미만이어야 하는데 {actual.min()} ~ {actual.max()} 입니다.",
                    f"Values must be in 0..{n - 1}; got {actual.min()} .. {actual.max()}.")
    return None


def _uniform(ctx: Context) -> None:
    counts = np.bincount(np.asarray(ctx.session.call("random_choice", 10, 5000, seed=ctx.seed)).astype(int), minlength=10)
    if len(counts) != 10 or counts.min() < 350 or counts.max() > 650:
        raise Fail("property", text(f"0~9에서 5000개를 뽑았을 때 각 숫자가 약 500번 나와야 합니다: {counts.tolist()}",
                                    f"Drawing 5000 numbers from 0..9 should give each about 500 times: {counts.tolist()}"),
                   show_values=False)


PROBLEM = Problem(
    id="p108", chapter="ch04", slug="random_choice",
    title=text("무작위로 10개 뽑기", "Choose 10 numbers at random"),
    statement=text("60000 숫자 중에 무작위로 10개를 출력하시오", "Print 10 numbers chosen at random from 0..59999."),
    given="np.arange(60000)",
    example=">>> random_choice(60000, 10)\narray([45821, 21272, 43202, 45735, 34025,  5620,  2036, 45211, 59237, 58987])  # 실행마다 다름 / random",
    names=("random_choice",),
    stub='''
import numpy as np


def random_choice(n: int, size: int) -> np.ndarray:
    """size numbers drawn at random from 0, 1, ..., n-1 (np.random.choice, as for a mini-batch)."""
    raise NotImplementedError
''',
    checks=(
        Holds("random_choice", (st.integers(1, 60000), st.integers(1, 20)), _indices,
              title=text("형상, 정수, 범위 0..n-1", "shape, integers, range 0..n-1")),
        varies_with_seed("random_choice", 60000, 10),
        Custom(_uniform, text("모든 숫자가 고르게 나옴", "every number comes up about equally often")),
    ),
    hints=(text("np.random.choice(n, size) 또는 np.random.choice(np.arange(n), size): 미니배치의 인덱스를 뽑는 방법입니다.",
                "np.random.choice(n, size) or np.random.choice(np.arange(n), size): how a mini-batch's indices are drawn."),),
)
