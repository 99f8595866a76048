import numpy as np
from hypothesis import strategies as st

from grader.checks import Context, Custom, for_all, text
from grader.compare import Fail, expect_equal
from grader.problems.mnist import MNIST_FIXTURES
from grader.spec import Problem

PAIRS_BROKEN = text("x_batch와 t_batch의 짝이 맞지 않습니다: 인덱스를 x와 t에 따로 뽑았나요? batch_mask = np.random.choice(len(x), batch_size) 를 "
                    "한 번 뽑아 x[batch_mask], t[batch_mask] 둘 다에 쓰세요.",
                    "x_batch and t_batch do not pair up: were the indices drawn separately for x and t? Draw batch_mask = "
                    "np.random.choice(len(x), batch_size) once and use it for both x[batch_mask] and t[batch_mask].")


def _test_data(ctx: Context) -> None:
    result = ctx.session.call("get_data")
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        raise Fail("type", text("(x_test, t_test) 두 값을 돌려주세요.", "Return the two values (x_test, t_test)."), actual=result)
    x, t = (np.asarray(v) for v in result)
    if x.ndim != 2 or x.shape[1] != 784:
        raise Fail("shape", text(f"x_test의 형상이 {x.shape} 입니다: flatten=True 로 한 장이 784개 값의 한 행이어야 합니다.",
                                 f"x_test has shape {x.shape}: with flatten=True each image is one row of 784 values."), show_values=False)
    expect_equal(t.shape, (x.shape[0],), what=text("t_test.shape (one_hot_label=False: 숫자 하나씩)", "t_test.shape (one_hot_label=False: one digit each)"))
    if x.max() > 1.0:
        raise Fail("values", text("픽셀 값이 1보다 큽니다: normalize=True 로 0.0~1.0 으로 바꾸세요.",
                                  "Pixel values above 1: load with normalize=True to get 0.0-1.0."), show_values=False)


rows = st.tuples(st.integers(5, 40), st.integers(1, 4), st.integers(1, 10))


def _pairs(ctx: Context) -> None:
    def body(case: tuple[int, int, int]) -> None:
        n, width, batch_size = case
        # Row i of x is filled with i and t[i] = i: a pair that belongs together shows the same number.
        x = np.repeat(np.arange(n, dtype=float)[:, None], width, axis=1)
        t = np.arange(n)
        ctx.changed_inputs.clear()
        result = ctx.call("random_batch", x, t, batch_size)
        if not (isinstance(result, (tuple, list)) and len(result) == 2):
            raise Fail("type", text("(x_batch, t_batch) 두 값을 돌려주세요.", "Return the two values (x_batch, t_batch)."), actual=result)
        x_batch, t_batch = (np.asarray(v) for v in result)
        expect_equal(x_batch.shape, (batch_size, width), what="x_batch.shape")
        expect_equal(t_batch.shape, (batch_size,), what="t_batch.shape")
        if not np.array_equal(x_batch[:, 0], t_batch):
            raise Fail("values", PAIRS_BROKEN, expected=x_batch[:, 0], actual=t_batch)
        ctx.refuse_changed_inputs()

    for_all(ctx, (rows,), body)
    x, t = np.arange(100.0)[:, None], np.arange(100)
    first, second = (ctx.session.call("random_batch", x, t, 10, seed=s)[1] for s in (ctx.seed, ctx.seed + 1))
    if np.array_equal(np.asarray(first), np.asarray(second)):
        raise Fail("property", text("시드가 달라도 같은 배치입니다: np.random.choice로 무작위로 뽑으세요 (앞에서부터 자르지 말고).",
                                    "The same batch under two different seeds: draw at random with np.random.choice (do not slice from the front)."),
                   actual=first)


PROBLEM = Problem(
    id="p109", chapter="ch04", slug="random_test_batch",
    title=text("MNIST 시험 데이터에서 무작위 100장", "100 random MNIST test images"),
    statement=text("MNIST의 테스트 데이터 10000장 중에 랜덤으로 100장을 추출하는 코드를 작성하시오",
                   "Write code that randomly draws 100 of the 10,000 MNIST test images."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)",
    example=">>> x, t = get_data()\n>>> x_batch, t_batch = random_batch(x, t, 100)\n>>> x_batch.shape, t_batch.shape\n((100, 784), (100,))\n"
            "(채점 중에는 load_mnist가 작은 연습 데이터를 읽습니다 / while grading, load_mnist reads small practice data)",
    names=("get_data", "random_batch"),
    stub='''
import numpy as np

from dataset.mnist import load_mnist


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test) from load_mnist(normalize=True, flatten=True, one_hot_label=False)."""
    raise NotImplementedError


def random_batch(x: np.ndarray, t: np.ndarray, batch_size: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """batch_size random rows of x with their labels from t: one index array (np.random.choice) for both."""
    raise NotImplementedError
''',
    checks=(
        Custom(_test_data, text("get_data: 정규화, 평탄화된 시험 데이터와 숫자 레이블", "get_data: normalised, flattened test images and digit labels")),
        Custom(_pairs, text("random_batch: 형상, 짝 유지, 무작위", "random_batch: shapes, pairs kept together, random")),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("batch_mask = np.random.choice(len(x), batch_size); return x[batch_mask], t[batch_mask]",
                "batch_mask = np.random.choice(len(x), batch_size); return x[batch_mask], t[batch_mask]"),),
)
