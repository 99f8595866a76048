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


def _first_label(one_hot: bool):
    return practice_mnist(normalize=False, one_hot_label=one_hot)[0][1][0]


PROBLEM = Problem(
    id="p071", chapter="ch03", slug="one_hot_label",
    title=text("one-hot 라벨과 보통 라벨", "One-hot and plain labels"),
    statement=text("t_train[0] 가 어떤 숫자인지 확인하는데 one_hot encoding을 했을 때와 안했을 때의 차이를 확인하시오",
                   "Check which digit t_train[0] is, comparing the label with and without one-hot encoding."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(flatten=True, normalize=False, one_hot_label=one_hot)\n"
          + PRACTICE_NOTE,
    example=">>> first_label(True)\narray([0., 0., 0., 0., 0., 1., 0., 0., 0., 0.])\n>>> first_label(False)\n5",
    names=("first_label",),
    stub='''
import numpy as np
from dataset.mnist import load_mnist


def first_label(one_hot: bool):
    """t_train[0] for load_mnist(flatten=True, normalize=False, one_hot_label=one_hot)."""
    raise NotImplementedError
''',
    checks=(
        on_practice_data("first_label", [(True,), (False,)], _first_label,
                         title=text("one_hot_label=True 와 False 에서 t_train[0]", "t_train[0] with one_hot_label=True and False"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("one_hot 인자를 load_mnist 의 one_hot_label 로 넘기지 않았습니다.",
                                          "The one_hot argument is not passed on as load_mnist's one_hot_label."),
                                     when=lambda args, actual: args[0] and not isinstance(actual, np.ndarray)
                                     or not args[0] and isinstance(actual, np.ndarray)),
                             Mistake(text("t_train 전체를 돌려주었습니다: 첫 번째 라벨 t_train[0] 만 돌려주세요.",
                                          "That is all of t_train: return only the first label, t_train[0]."),
                                     when=lambda args, actual: isinstance(actual, np.ndarray) and actual.ndim >= 1
                                     and len(actual) == len(practice_mnist()[0][1])),
                         )),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("one-hot 은 정답 자리만 1.0 인 길이 10 배열입니다: 5 → [0,0,0,0,0,1,0,0,0,0].",
                "One-hot is an array of 10 with 1.0 at the answer only: 5 → [0,0,0,0,0,1,0,0,0,0]."),),
)
