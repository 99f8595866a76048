import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Holds, Mistake, text
from grader.compare import expect_equal
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    MNIST_FIXTURES,
    PRACTICE_NOTE,
    on_practice_data,
    practice_test_set,
)
from grader.spec import Problem


def _batches(x: np.ndarray, batch_size: int) -> list[np.ndarray]:
    return [x[i:i + batch_size] for i in range(0, len(x), batch_size)]


ROWS = st.integers(0, 11).flatmap(lambda n: hnp.arrays(np.int64, (n, 2), elements=st.integers(0, 99)))
MISTAKES = (
    RETURNS_NONE,
    Mistake(text("마지막 배치가 빠졌습니다: range(0, len(x), batch_size) 로 끝까지 자르세요 (마지막 배치는 더 짧을 수 있습니다).",
                 "The last batch is missing: cut up to the end with range(0, len(x), batch_size) (the last batch may be shorter)."),
            when=lambda args, actual: isinstance(actual, list) and len(actual) < len(_batches(*args))),
    Mistake(text("배치가 겹칩니다: 시작 위치가 batch_size 씩 건너뛰어야 합니다 (range 의 세 번째 인자).",
                 "The batches overlap: the start must jump by batch_size (range's third argument)."),
            when=lambda args, actual: isinstance(actual, list) and len(actual) > len(_batches(*args))
            and all(np.size(batch) > 0 for batch in actual)),
)

PROBLEM = Problem(
    id="p097", chapter="ch03", slug="batches",
    title=text("100장씩 잘라 가져오기", "Take the images 100 at a time"),
    statement=text("mnist 의 훈련 데이터를 100개 씩 가져오는 코드를 작성하시오", "Write code that takes the MNIST data 100 images at a time."),
    given="x, t = get_data()\nbatch_size = 100\n" + PRACTICE_NOTE,
    example=">>> [b.shape for b in make_batches(x, 100)][:2]   # 진짜 시험 데이터 / the real test set: 100 batches\n"
            "[(100, 784), (100, 784)]",
    names=("make_batches",),
    stub='''
import numpy as np


def make_batches(x: np.ndarray, batch_size: int) -> list[np.ndarray]:
    """The rows of x, batch_size at a time, in order: [x[0:100], x[100:200], ...]; the last may be shorter."""
    raise NotImplementedError
''',
    checks=(
        Holds("make_batches", [ROWS, st.integers(1, 5)], lambda args, actual: expect_equal(actual, _batches(*args)),
              title=text("무작위 배열과 배치 크기 (나누어 떨어지지 않는 경우 포함)", "generated arrays and batch sizes (uneven ones included)"),
              mistakes=MISTAKES),
        on_practice_data("make_batches", [(lambda: practice_test_set()[0], 100), (lambda: practice_test_set()[0], 64)],
                         _batches, mistakes=MISTAKES, title=text("연습용 시험 데이터, 100장과 64장씩", "the practice test set, 100 and 64 at a time")),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("for i in range(0, len(x), batch_size): x[i:i + batch_size]", "for i in range(0, len(x), batch_size): x[i:i + batch_size]"),
           text("노트는 '훈련 데이터'라고 하지만 get_data() 의 시험 데이터를 자릅니다.", "The notes say 'training data' but cut get_data()'s test set.")),
)
