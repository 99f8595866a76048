import numpy as np

from grader.checks import Holds, Mistake, text
from grader.compare import expect_equal
from grader.problems.common import RETURNS_NONE
from grader.problems.forward import network_pass, networks, samples
from grader.problems.mnist import (
    batch_softmax_check,
    HANDWRITING_PHOTO,
    PREDICT_STUB,
    SAMPLE_WEIGHT_FIXTURE,
    on_practice_data,
    practice_photo,
    practice_weights,
)
from grader.spec import Problem


def _expected(network: dict, x: np.ndarray) -> tuple[np.ndarray, int]:
    from grader.problems.forward import softmax

    y = network_pass(network, x, output=softmax)
    return y, int(np.argmax(y))


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("np.where 의 결과(인덱스 배열들의 튜플)입니다: np.argmax(y) 는 가장 큰 값의 인덱스 하나(정수)를 돌려줍니다.",
                 "That is what np.where gives (a tuple of index arrays): np.argmax(y) gives the one index (an int) of the largest value."),
            when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
            and isinstance(actual[1], (tuple, list, np.ndarray))),
)

PROBLEM = Problem(
    id="p081", chapter="ch03", slug="argmax_digit",
    title=text("np.where 대신 np.argmax", "np.argmax instead of np.where"),
    statement=text("문제 79번의 코드에서 np.where 코드 대신에 np.argmax 로 수행해서 결과를 출력하시오",
                   "In the code of problem 79, use np.argmax instead of np.where and print the result."),
    given="x = to_mnist('number3.jpg').reshape(784)   # from dataset.handwriting import to_mnist\n"
          "y, digit = recognize(init_network(), x)\n"
          "채점은 만들어 둔 손글씨 3 사진과 연습용 가중치로 합니다. / Grading uses a made-up photo of a handwritten 3 and practice weights.",
    example=">>> y, digit = recognize(network, x)\n>>> digit\n3",
    names=("predict", "recognize"),
    stub='''
import numpy as np
''' + PREDICT_STUB + '''

def recognize(network: dict[str, np.ndarray], x: np.ndarray) -> tuple[np.ndarray, int]:
    """(y, digit): the probabilities predict gives for image x, and the digit with the largest one (np.argmax)."""
    raise NotImplementedError
''',
    checks=(
        batch_softmax_check(),
        Holds("recognize", [networks(), samples()], lambda args, actual: expect_equal(actual, _expected(*args), dtype=None),
              title=text("무작위 신경망과 입력: (확률, 가장 큰 값의 인덱스)", "generated networks and inputs: (probabilities, index of the largest)"),
              mistakes=MISTAKES),
        on_practice_data("recognize", [(practice_weights, practice_photo)], _expected, mistakes=MISTAKES, dtype=None, rtol=1e-4,
                         title=text("손글씨 3 사진 (MNIST 형식으로 바꾼 것)", "the photo of a handwritten 3, in MNIST's convention")),
    ),
    autograded="partly",
    self_check=text("여러분의 사진(dataset.handwriting.to_mnist 로 바꾼 것)으로 recognize 를 해 보세요. 여러분의 숫자를 맞추나요?",
                    "Try recognize on your own photo (converted with dataset.handwriting.to_mnist). Is your digit recognised?"),
    fixtures=(SAMPLE_WEIGHT_FIXTURE, HANDWRITING_PHOTO),
    hints=(text("y = predict(network, x); return y, int(np.argmax(y))", "y = predict(network, x); return y, int(np.argmax(y))"),),
)
