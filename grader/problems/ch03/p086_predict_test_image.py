import numpy as np

from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    batch_softmax_check,
    GET_DATA_STUB,
    INIT_NETWORK_STUB,
    MNIST_AND_WEIGHTS,
    PRACTICE_NOTE,
    PREDICT_STUB,
    on_practice_data,
    practice_test_set,
    practice_weights,
    predicted_digits,
)
from grader.spec import Problem


def _expected(i: int) -> tuple[int, int]:
    x, t = practice_test_set()
    return int(predicted_digits(practice_weights(), x[i])), int(t[i])


PROBLEM = Problem(
    id="p086", chapter="ch03", slug="predict_test_image",
    title=text("x[34] 의 예측과 라벨 비교", "Prediction against label for x[34]"),
    statement=text("테스트 데이터의 하나인 x[34]의 픽기체를 신경망에 넣고 신경망이 예측한 것과 라벨이 서로 일치하는지 확인하시오",
                   "Feed test image x[34] into the network and check whether the prediction matches the label."),
    given="x, t = get_data()\nnetwork = init_network()\ny = predict(network, x[34])\n" + PRACTICE_NOTE,
    example=">>> predicted, actual = predict_and_label(34)\n>>> print('예측결과:', predicted); print('실제결과:', actual)\n"
            "예측결과: 7\n실제결과: 7",
    names=("get_data", "init_network", "predict", "predict_and_label"),
    stub='''
import numpy as np
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight
''' + GET_DATA_STUB + INIT_NETWORK_STUB + PREDICT_STUB + '''

def predict_and_label(i: int) -> tuple[int, int]:
    """(the digit the network predicts for test image x[i], its label t[i])."""
    raise NotImplementedError
''',
    checks=(
        batch_softmax_check(),
        on_practice_data("predict_and_label", [(34,), (0,), (150,)], _expected,
                         title=text("시험 이미지 34, 0 (틀리는 이미지), 150", "test images 34, 0 (one the network gets wrong) and 150"),
                         mistakes=(
                             RETURNS_NONE,
                             Mistake(text("예측이 확률 배열 그대로입니다: 숫자는 np.argmax(y) 로 고릅니다.",
                                          "The prediction is the array of probabilities: pick the digit with np.argmax(y)."),
                                     when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                     and isinstance(actual[0], np.ndarray) and actual[0].size == 10),
                             Mistake(text("예측 대신 라벨을 두 번 돌려주었습니다: 예측은 신경망의 답 np.argmax(predict(network, x[i])) 입니다.",
                                          "That is the label twice: the prediction is the network's answer, np.argmax(predict(network, x[i]))."),
                                     when=lambda args, actual: isinstance(actual, (tuple, list)) and len(actual) == 2
                                     and actual[0] == actual[1] == _expected(args[0])[1] != _expected(args[0])[0]),
                         )),
    ),
    fixtures=MNIST_AND_WEIGHTS,
    hints=(text("시험 이미지 0 은 연습용 신경망이 틀리는 이미지입니다: 예측과 라벨이 달라도 맞는 답입니다.",
                "The practice network gets test image 0 wrong: a prediction that differs from the label is the right answer there."),
           text("y = predict(init_network(), x[i]); return int(np.argmax(y)), int(t[i])",
                "y = predict(init_network(), x[i]); return int(np.argmax(y)), int(t[i])")),
)
