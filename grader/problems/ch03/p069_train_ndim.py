
from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    MNIST_FIXTURES,
    PRACTICE_NOTE,
    on_practice_data,
    practice_mnist,
)
from grader.spec import Problem


def _ndims(flatten: bool) -> tuple[int, int]:
    (x_train, t_train), _ = practice_mnist(flatten=flatten, normalize=False)
    return x_train.ndim, t_train.ndim


PROBLEM = Problem(
    id="p069", chapter="ch03", slug="train_ndim",
    title=text("훈련 데이터의 차원 수", "How many dimensions the training data has"),
    statement=text("MNIST의 훈련 데이터 (x_train)의 차원이 어떻게 되는지 확인하시오",
                   "Check how many dimensions the MNIST training data (x_train) has."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=flatten, normalize=False)\n" + PRACTICE_NOTE,
    example=">>> train_ndims(True)    # x_train: (이미지, 784) / (images, 784); t_train: (이미지,) / (images,)\n(2, 1)",
    names=("train_ndims",),
    stub='''
from dataset.mnist import load_mnist


def train_ndims(flatten: bool) -> tuple[int, int]:
    """(x_train.ndim, t_train.ndim) for load_mnist(flatten=flatten, normalize=False)."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("train_ndims", [(True,), (False,)], _ndims,
                         title=text("flatten=True 와 False 에서 (x_train.ndim, t_train.ndim)",
                                    "(x_train.ndim, t_train.ndim) with flatten=True and False"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("형상(shape)을 돌려주었습니다: 차원 수는 .ndim (축의 개수) 입니다.",
                                          "That is the shape: the number of dimensions is .ndim (how many axes)."),
                                     when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                     and isinstance(actual[0], (tuple, list))),
                             Mistake(text("flatten 인자를 load_mnist 에 넘기지 않았습니다.", "The flatten argument is not passed on to load_mnist."),
                                     when=lambda args, actual: tuple(actual or ()) == _ndims(not args[0])),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("배열의 .ndim 은 축의 개수입니다: x_train 은 (이미지, 784) 라서 2.",
                "An array's .ndim is its number of axes: x_train is (images, 784), so 2."),),
)
