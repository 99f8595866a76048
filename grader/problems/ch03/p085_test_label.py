import numpy as np

from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    GET_DATA_STUB,
    MNIST_FIXTURES,
    PRACTICE_NOTE,
    on_practice_data,
    practice_mnist,
    practice_test_set,
)
from grader.spec import Problem

PROBLEM = Problem(
    id="p085", chapter="ch03", slug="test_label",
    title=text("시험 이미지 x[34] 의 라벨", "The label of test image x[34]"),
    statement=text("테스트 데이터 하나 x[34] 의 필기체가 라벨이 무엇인지 확인하시오", "Check the label of one test image, x[34]."),
    given="x, t = get_data()\nprint(x.shape)\nprint(t[34])\n" + PRACTICE_NOTE,
    example=">>> test_label(34)\n7",
    names=("get_data", "test_label"),
    stub='''
import numpy as np
from dataset.mnist import load_mnist
''' + GET_DATA_STUB + '''

def test_label(i: int) -> int:
    """The digit written in test image x[i]: its label t[i]."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("test_label", [(34,), (0,), (150,)], lambda i: int(practice_test_set()[1][i]),
                         title=text("시험 이미지 34, 0, 150 의 라벨", "the labels of test images 34, 0 and 150"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("훈련 데이터의 라벨(t_train[i])입니다: get_data() 의 시험 라벨 t[i] 를 쓰세요.",
                                          "That is a training label (t_train[i]): use the test labels t[i] of get_data()."),
                                     when=lambda args, actual: actual == practice_mnist()[0][1][args[0]]
                                     and actual != practice_test_set()[1][args[0]]),
                             Mistake(text("이미지(x[i])를 돌려주었습니다: 라벨은 t[i] 입니다.", "That is the image (x[i]): the label is t[i]."),
                                     when=lambda args, actual: isinstance(actual, np.ndarray) and actual.size == 784),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("x, t = get_data() 후 return t[i]", "x, t = get_data(), then return t[i]"),),
)
