
from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    MNIST_FIXTURES,
    PRACTICE_NOTE,
    on_practice_data,
    practice_mnist,
)
from grader.spec import Problem


def _shape(flatten: bool) -> tuple[int, ...]:
    return practice_mnist(flatten=flatten, normalize=False)[0][0].shape


PROBLEM = Problem(
    id="p070", chapter="ch03", slug="train_shape",
    title=text("flatten=False 일 때의 형상", "The shape with flatten=False"),
    statement=text("flatten을 False 로 설정하고 (x_train 의 형상을 확인하시오)",
                   "Set flatten to False (and check the shape of x_train)."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=flatten, normalize=False)\n" + PRACTICE_NOTE,
    example=">>> train_shape(False)   # 진짜 MNIST / the real MNIST: 60000장, 흑백 1채널, 28x28\n(60000, 1, 28, 28)",
    names=("train_shape",),
    stub='''
from dataset.mnist import load_mnist


def train_shape(flatten: bool) -> tuple[int, ...]:
    """x_train.shape for load_mnist(flatten=flatten, normalize=False)."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("train_shape", [(False,), (True,)], _shape,
                         title=text("flatten=False 와 True 에서 x_train.shape", "x_train.shape with flatten=False and True"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("flatten 인자를 load_mnist 에 넘기지 않았습니다: flatten=False 면 (이미지, 1, 28, 28) 입니다.",
                                          "The flatten argument is not passed on to load_mnist: with flatten=False it is (images, 1, 28, 28)."),
                                     when=lambda args, actual: tuple(actual or ()) == _shape(not args[0])),
                             Mistake(text("이미지 한 장의 형상입니다: x_train 전체의 x_train.shape 를 돌려주세요.",
                                          "That is the shape of one image: return x_train.shape, of the whole set."),
                                     when=lambda args, actual: tuple(actual or ()) == _shape(args[0])[1:]),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("(이미지 수, 채널 1 = 흑백, 세로 28, 가로 28). 컬러라면 채널이 3 입니다.",
                "(images, 1 channel = greyscale, 28 high, 28 wide). A colour image would have 3 channels."),),
)
