import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, Mistake, text
from grader.compare import expect_equal
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    MNIST_FIXTURES,
    PRACTICE_NOTE,
    on_practice_data,
    practice_mnist,
)
from grader.spec import Problem

ROWS = st.integers(0, 2**32 - 1).map(lambda seed: np.random.default_rng(seed).integers(0, 256, 784).astype(np.uint8))
MISTAKES = (
    RETURNS_NONE,
    Mistake(text("열 우선(order='F')으로 바꾸어 이미지가 전치되었습니다 (숫자가 옆으로 누움). 기본 reshape(28, 28) 은 한 줄씩(행 우선) 채웁니다.",
                 "Filled column by column (order='F'), so the image is transposed (the digit lies on its side). "
                 "A plain reshape(28, 28) fills row by row, as MNIST stores it."),
            like=lambda row: row.reshape(28, 28).T),
)

PROBLEM = Problem(
    id="p072", chapter="ch03", slug="img_show",
    title=text("x_train[0] 을 이미지로 보기", "Show x_train[0] as an image"),
    statement=text("x_train[0] 요소를 시각화 하시오 (img_show 함수를 이용하여)",
                   "Visualize the element x_train[0] (using the img_show function)."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)\n"
          "img = x_train[0]   # 784개 한 줄 / one row of 784\n" + PRACTICE_NOTE,
    example=">>> img = to_28x28(x_train[0])\n>>> img.shape\n(28, 28)\n>>> img_show(img)   # 숫자 5가 보입니다 / shows a 5",
    names=("to_28x28",),
    stub='''
import numpy as np
from PIL import Image
from dataset.mnist import load_mnist


def img_show(img: np.ndarray) -> None:
    """The book's helper: open the (28, 28) picture in the image viewer."""
    pil_img = Image.fromarray(np.uint8(img))
    pil_img.show()


def to_28x28(row: np.ndarray) -> np.ndarray:
    """A flattened MNIST image (784 values) back as the (28, 28) picture img_show expects."""
    raise NotImplementedError
''',
    checks=(
        Holds("to_28x28", [ROWS], lambda args, actual: expect_equal(actual, args[0].reshape(28, 28), dtype="exact"),
              title=text("무작위 784개 한 줄 → (28, 28), 행 우선", "generated rows of 784 → (28, 28), row by row"),
              mistakes=MISTAKES),
        on_practice_data("to_28x28", [(lambda: practice_mnist(flatten=True, normalize=False)[0][0][0],)],
                         lambda row: row.reshape(28, 28), dtype="exact", mistakes=MISTAKES,
                         title=text("연습용 x_train[0]", "the practice x_train[0]")),
    ),
    autograded="partly",
    self_check=text("img_show(to_28x28(x_train[0])) 로 연 그림에 숫자 5가 똑바로 서 있나요?",
                    "Does img_show(to_28x28(x_train[0])) open a picture of an upright 5?"),
    fixtures=MNIST_FIXTURES,
    hints=(text("row.reshape(28, 28): 784개를 28개씩 28줄로 채웁니다.", "row.reshape(28, 28) fills 28 rows of 28 values."),),
)
