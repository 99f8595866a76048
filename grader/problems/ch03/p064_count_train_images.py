
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
    id="p064", chapter="ch03", slug="count_train_images",
    title=text("x_train 은 몇 장인가", "How many images in x_train?"),
    statement=text("x_train 데이터가 6만장이 맞는지 확인하시오", "Check that x_train has 60,000 images."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False)\n" + PRACTICE_NOTE,
    example=">>> count_train_images()   # 진짜 MNIST / the real MNIST\n60000",
    names=("count_train_images",),
    stub='''
from dataset.mnist import load_mnist


def count_train_images() -> int:
    """The number of training images load_mnist returns (count them: do not write the number)."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("count_train_images", [()], lambda: len(practice_mnist(normalize=False)[0][0]),
                         title=text("연습용 MNIST의 훈련 이미지 수", "the number of practice training images"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("60000 을 그대로 적었습니다: 불러온 배열의 길이를 세세요 (채점 데이터는 더 작습니다).",
                                          "60000 is written in: count the loaded array (the grading data is smaller)."),
                                     when=lambda args, actual: actual == 60000),
                             Mistake(text("픽셀 수(x_train.size)를 셌습니다: 이미지 수는 len(x_train) 또는 x_train.shape[0] 입니다.",
                                          "That counts pixels (x_train.size): the number of images is len(x_train) or x_train.shape[0]."),
                                     when=lambda args, actual: actual == practice_mnist(normalize=False)[0][0].size),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("len(x_train) 은 첫 번째 축(이미지)의 길이입니다.", "len(x_train) is the length of the first axis (the images)."),),
)
