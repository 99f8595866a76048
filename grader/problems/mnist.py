"""Chapter 3 and later: MNIST, the book's weights and a handwriting photo, on the practice fixtures."""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Check,
    Context,
    Custom,
    Example,
    Fail,
    Holds,
    Mistake,
    expect_equal,
    text,
)
from grader.problems.common import RETURNS_NONE, explain_errors
from grader.problems.forward import (
    BOOK_INPUT,
    FLOATS,
    batches,
    book_network,
    far_apart_example,
    network_mistakes,
    network_pass,
    networks,
    samples,
    softmax,
    softmax_failures,
)
from grader.spec import Text

# Small MNIST-format fixtures (made by fixtures/make_fixtures.py), served to the learner's load_mnist().
MNIST_FIXTURES = (
    "mnist/train-images-idx3-ubyte.gz",
    "mnist/train-labels-idx1-ubyte.gz",
    "mnist/t10k-images-idx3-ubyte.gz",
    "mnist/t10k-labels-idx1-ubyte.gz",
)
SAMPLE_WEIGHT_FIXTURE = "sample_weight.npz"  # 784-50-100-10 weights of the book's shape, made the same way

# -- ch03: MNIST, the book's weights and a handwriting photo, on the practice fixtures ---------------
# The learner's code reads the practice files in the worker (load_mnist / load_sample_weight find them
# through DLSCRATCH_FIXTURES); the grader reads the same files here, through the same public `dataset`
# package, and computes the truth with its own network_pass: no reference solution needed.

MNIST_AND_WEIGHTS = MNIST_FIXTURES + (SAMPLE_WEIGHT_FIXTURE,)
HANDWRITING_PHOTO = "photos/handwritten_3.jpg"  # made by fixtures/make_fixtures.py


def _with_practice_files(read: Callable[[], Any]) -> Any:
    """`read()` with DLSCRATCH_FIXTURES pointing at the repository's fixtures/, as the worker sees them."""
    import os

    from grader.workspace import FIXTURES

    before = os.environ.get("DLSCRATCH_FIXTURES")
    os.environ["DLSCRATCH_FIXTURES"] = str(FIXTURES)
    try:
        return read()
    finally:
        if before is None:
            del os.environ["DLSCRATCH_FIXTURES"]
        else:
            os.environ["DLSCRATCH_FIXTURES"] = before


def practice_mnist(**options: Any) -> tuple:
    """load_mnist(**options) on the practice files: ((x_train, t_train), (x_test, t_test))."""
    from dataset.mnist import load_mnist

    return _with_practice_files(lambda: load_mnist(**options))


def practice_weights() -> dict[str, np.ndarray]:
    from dataset.sample_weight import load_sample_weight

    return _with_practice_files(load_sample_weight)


def practice_test_set() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test) as the book's get_data() returns them: normalised, flattened, plain labels."""
    return practice_mnist(normalize=True, flatten=True, one_hot_label=False)[1]


def practice_photo() -> np.ndarray:
    """The handwriting photo fixture in MNIST's convention, one row of 784."""
    from dataset.handwriting import to_mnist
    from grader.workspace import FIXTURES

    return to_mnist(FIXTURES / HANDWRITING_PHOTO).reshape(784)


def on_practice_data(name: str, calls: Sequence[tuple], expected: Callable[..., Any], title: Text,
                     mistakes: Sequence[Mistake] = (), dtype: str | None = "kind", rtol: float = 1e-6) -> Custom:
    """`name(*args)` for each args in `calls` (run on the practice files) equals `expected(*args)` computed here.

    An argument may be a callable: it is replaced by its value (the practice network, images...) first.
    """
    def run(ctx: Context) -> None:
        for call in calls:
            args = tuple(a() if callable(a) else a for a in call)
            actual = ctx.call(name, *args)
            try:
                expect_equal(actual, expected(*args), what=name, rtol=rtol, dtype=dtype)
            except Fail as error:
                error.input = call if all(not isinstance(a, np.ndarray) and not callable(a) for a in call) else None
                error.hint = error.hint or next((m.says for m in mistakes if m.matches(args, actual)), None)
                raise
            ctx.refuse_changed_inputs()

    return Custom(run, title=title)


def predicted_digits(network: dict, x: np.ndarray) -> np.ndarray:
    """The digit the network picks for every row of x (softmax does not change the argmax, but it is the book's)."""
    return np.argmax(network_pass(network, x, output=softmax), axis=-1)


def digit_networks(n_in: int = 4, classes: int = 3) -> st.SearchStrategy:
    """Small n_in-3-3-classes networks with biases: the MNIST code's shapes in miniature."""
    shapes = {"W1": (n_in, 3), "b1": (3,), "W2": (3, 3), "b2": (3,), "W3": (3, classes), "b3": (classes,)}
    return st.fixed_dictionaries({k: hnp.arrays(np.float64, s, elements=FLOATS) for k, s in shapes.items()})


def labelled_images(n_in: int = 4, classes: int = 3, max_rows: int = 9) -> list[st.SearchStrategy]:
    """[x, t]: 1 to max_rows images of n_in pixels, and as many labels (the two draws share the row count)."""
    rows = st.shared(st.integers(1, max_rows), key=f"labelled-images-{n_in}-{classes}")
    return [rows.flatmap(lambda n: hnp.arrays(np.float64, (n, n_in), elements=st.floats(0, 1, width=64))),
            rows.flatmap(lambda n: hnp.arrays(np.int64, (n,), elements=st.integers(0, classes - 1)))]


def practice_get_data_check(name: str = "get_data") -> Custom:
    """get_data() returns the practice test set as the book loads it (normalize=True, flatten=True)."""
    def expected() -> tuple:
        return practice_test_set()

    train_images = lambda: practice_mnist(normalize=True, flatten=True)[0][0]  # noqa: E731
    return on_practice_data(name, [()], expected, title=text("연습용 MNIST의 (x_test, t_test)", "the practice MNIST (x_test, t_test)"),
                            mistakes=(
                                Mistake(text("훈련 데이터를 돌려주었습니다: get_data()는 시험 데이터 (x_test, t_test)를 돌려줍니다.",
                                             "It returns the training set: get_data() returns the test set (x_test, t_test)."),
                                        when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                        and np.shape(actual[0]) == train_images().shape),
                                Mistake(text("normalize=True 를 주지 않았습니다: 픽셀이 0~255 정수 그대로입니다 (0.0~1.0 이어야 합니다).",
                                             "normalize=True is missing: the pixels are still integers 0-255 (they should be 0.0-1.0)."),
                                        when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                        and isinstance(actual[0], np.ndarray) and actual[0].dtype.kind in "iu"),
                                RETURNS_NONE))


WEIGHTS_FILE_NOT_FOUND = text(
    "채점할 때 연습용 가중치는 sample_weight.pkl 이라는 이름으로 현재 폴더와 코드 옆에 있습니다: 책처럼 "
    "open('sample_weight.pkl', 'rb') 로 열거나, 어디서나 되는 load_sample_weight() 를 쓰세요 (다른 폴더의 경로는 쓰지 마세요).",
    "While grading, the practice weights are in the current folder and beside your code, named sample_weight.pkl: open "
    "them as the book does, open('sample_weight.pkl', 'rb'), or use load_sample_weight(), which works anywhere (no path "
    "to another folder).")


def practice_weights_check(name: str = "init_network") -> Custom:
    """init_network() returns the (practice) sample weights: a dict of the book's six arrays."""
    return explain_errors(_practice_weights_check(name), (("sample_weight", WEIGHTS_FILE_NOT_FOUND),))


def _practice_weights_check(name: str) -> Custom:
    return on_practice_data(
        name, [()], lambda: practice_weights(), dtype="exact",
        title=text("sample_weight 의 W1, b1, W2, b2, W3, b3", "sample_weight's W1, b1, W2, b2, W3, b3"),
        mistakes=(RETURNS_NONE,
                  Mistake(text("딕셔너리 자체를 돌려주세요: 키 'W1' ~ 'b3' 로 배열을 꺼내 쓰는 것이 책의 방식입니다.",
                               "Return the dict itself: the book takes the arrays out by the keys 'W1' to 'b3'."),
                          when=lambda args, actual: isinstance(actual, (list, tuple)))))


PRACTICE_NOTE = ("채점할 때는 작은 연습용 MNIST (훈련 600장, 시험 200장)와 연습용 가중치를 읽습니다: 숫자는 책과 다릅니다.\n"
                 "Grading reads a small practice MNIST (600 training, 200 test images) and practice weights: the numbers differ from the book's.")


def digit_count_checks(name: str, expected: Callable[..., Any], batch_size: bool = False,
                       mistakes: Sequence[Mistake] = (), dtype: str | None = "kind") -> tuple[Check, ...]:
    """`name(network, x, t[, batch_size])` on generated small networks and labelled images, then on the practice
    test set with the practice weights (batches of 100); `expected(...)` with the same arguments is the truth."""
    sizes = [st.integers(1, 4)] if batch_size else []
    return (
        Holds(name, [digit_networks(), *labelled_images(), *sizes],
              lambda args, actual: expect_equal(actual, expected(*args), what=name, dtype=dtype),
              title=text("작은 무작위 신경망과 이미지 (입력 4, 클래스 3)", "small generated networks and images (4 inputs, 3 classes)"),
              mistakes=mistakes),
        on_practice_data(name, [(practice_weights, lambda: practice_test_set()[0], lambda: practice_test_set()[1],
                                 *([100] if batch_size else []))],
                         expected, mistakes=mistakes, dtype=dtype,
                         title=text("연습용 가중치로 연습용 시험 데이터 전체", "the whole practice test set with the practice weights")),
    )


def predict_checks(name: str = "predict") -> tuple[Check, ...]:
    """The book's predict(network, x) for MNIST: sigmoid, sigmoid, softmax, with biases; one image or a batch."""
    mistakes = network_mistakes("softmax", lambda network, x: (network, x))
    return (
        Example(name, (book_network(), BOOK_INPUT), np.array([0.40625907, 0.59374093]), mistakes=mistakes, dtype=None,
                title=text("책의 신경망 (3.4.3절), x = [1.0, 0.5]", "the book's network (section 3.4.3), x = [1.0, 0.5]")),
        Holds(name, [networks(), st.one_of(samples(), batches())],
              lambda args, actual: expect_equal(actual, network_pass(*args, output=softmax), dtype=None),
              title=text("무작위 신경망과 입력 (표본 하나 또는 배치)", "generated networks and inputs (one sample or a batch)"),
              mistakes=mistakes),
        far_apart_example(name, mistakes),
        on_practice_data(name, [(practice_weights, lambda: practice_test_set()[0][0])],
                         lambda network, x: network_pass(network, x, output=softmax), mistakes=mistakes, dtype=None, rtol=1e-4,
                         title=text("연습용 가중치로 시험 이미지 x[0]", "the practice weights on test image x[0]")),
    )


def batch_softmax_check(name: str = "predict") -> Check:
    """`name(network, x)` on a batch whose output rows are thousands apart: each row is its own softmax."""
    return far_apart_example(name, softmax_failures(lambda network, x: network_pass(network, x)))


def correct_and_percent(network: dict, x: np.ndarray, t: np.ndarray, batch_size: int | None = None) -> tuple[int, float]:
    """(images recognised, accuracy in percent rounded to 2 decimals), as the notes print them."""
    correct = int(np.sum(predicted_digits(network, x) == t))
    return correct, round(correct / len(x) * 100, 2)


FRACTION_NOT_PERCENT = Mistake(
    text("정확도를 비율(0~1)로 돌려주었습니다: 노트처럼 백분율로, round(cnt / len(x) * 100, 2).",
         "The accuracy is a fraction (0-1): give it in percent as the notes do, round(cnt / len(x) * 100, 2)."),
    when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
    and np.isclose(float(actual[1]), correct_and_percent(*args)[0] / len(args[1])) and len(args[1]) > 0
    and correct_and_percent(*args)[0] > 0 and np.isclose(float(actual[0]), correct_and_percent(*args)[0]))


# Stub pieces of the MNIST problems: each learner file stands alone, so several stubs start with the same helpers.
GET_DATA_STUB = '''

def get_data() -> tuple[np.ndarray, np.ndarray]:
    """(x_test, t_test): load_mnist(normalize=True, flatten=True, one_hot_label=False) (problem 73)."""
    raise NotImplementedError
'''
INIT_NETWORK_STUB = '''

def init_network() -> dict[str, np.ndarray]:
    """The trained weights: load_sample_weight() (problem 75)."""
    raise NotImplementedError
'''
PREDICT_STUB = '''

def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """The probabilities of the 10 digits: x·W1+b1 → sigmoid → ·W2+b2 → sigmoid → ·W3+b3 → softmax (problem 76).

    For a batch (one image per row) every row is one image's probabilities.
    """
    raise NotImplementedError
'''
