import numpy as np

from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    MNIST_FIXTURES,
    PRACTICE_NOTE,
    on_practice_data,
    practice_mnist,
)
from grader.spec import Problem


def _expected() -> tuple:
    (x_train, t_train), _ = practice_mnist(flatten=False, normalize=False)
    return x_train[0], int(t_train[0])


PROBLEM = Problem(
    id="p065", chapter="ch03", slug="first_train_image",
    title=text("첫 번째 훈련 이미지와 라벨", "The first training image and its label"),
    statement=text("x_train 6만 개의 이미지 중에서 제일 첫번째 이미지 한개를 출력하시오",
                   "Print the first of the 60,000 x_train images."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=False, normalize=False)\n" + PRACTICE_NOTE,
    example=">>> image, label = first_train_image()\n>>> image.shape, label\n((1, 28, 28), 5)",
    names=("first_train_image",),
    stub='''
import numpy as np
from dataset.mnist import load_mnist


def first_train_image() -> tuple[np.ndarray, int]:
    """(x_train[0], t_train[0]) with flatten=False, normalize=False: the image (1, 28, 28) and its digit."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("first_train_image", [()], _expected, dtype="exact",
                         title=text("x_train[0] (1, 28, 28) 과 t_train[0]", "x_train[0] (1, 28, 28) and t_train[0]"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("flatten=False 를 빠뜨렸습니다: 이미지가 784개 한 줄로 펴져 있습니다.",
                                          "flatten=False is missing: the image is flattened into one row of 784."),
                                     when=lambda args, actual: isinstance(actual, (tuple, list)) and np.shape(actual[0]) == (784,)),
                             Mistake(text("x_train[0] 대신 x_train[:1] 처럼 배열 하나짜리 묶음을 돌려주었습니다.",
                                          "That is a batch of one (x_train[:1]) rather than the image x_train[0]."),
                                     when=lambda args, actual: isinstance(actual, (tuple, list)) and np.ndim(actual[0]) == 4),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("return x_train[0], t_train[0]", "return x_train[0], t_train[0]"),),
)
