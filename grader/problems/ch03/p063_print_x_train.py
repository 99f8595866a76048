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

PROBLEM = Problem(
    id="p063", chapter="ch03", slug="print_x_train",
    title=text("x_train 데이터 확인", "Look at x_train"),
    statement=text("x_train 데이터를 print 하여 확인하시오", "Print x_train to inspect it."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)\n" + PRACTICE_NOTE,
    example=">>> print(load_train_images())\n[[0 0 0 ... 0 0 0]\n [0 0 0 ... 0 0 0]\n ...\n [0 0 0 ... 0 0 0]]",
    names=("load_train_images",),
    stub='''
import numpy as np
from dataset.mnist import load_mnist


def load_train_images() -> np.ndarray:
    """x_train as load_mnist(flatten=True, normalize=False) gives it: one row of 784 pixels (0-255) per image."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("load_train_images", [()], lambda: practice_mnist(flatten=True, normalize=False)[0][0],
                         dtype="exact", title=text("연습용 MNIST의 x_train (uint8, 행마다 784)", "the practice x_train (uint8, 784 per row)"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("normalize=False 를 빠뜨렸습니다: 기본값 normalize=True 는 픽셀을 0.0~1.0 실수로 바꿉니다.",
                                          "normalize=False is missing: the default normalize=True turns the pixels into floats 0.0-1.0."),
                                     when=lambda args, actual: isinstance(actual, np.ndarray) and actual.dtype.kind == "f"),
                             Mistake(text("flatten=True 가 아닙니다: 이미지마다 (1, 28, 28) 대신 784개 한 줄이어야 합니다.",
                                          "flatten=True is not set: each image should be one row of 784, not (1, 28, 28)."),
                                     when=lambda args, actual: isinstance(actual, np.ndarray) and actual.ndim == 4),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False) 후 return x_train.",
                "(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False), then return x_train."),),
)
