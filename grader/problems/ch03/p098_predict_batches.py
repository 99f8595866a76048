import numpy as np
from hypothesis import strategies as st

from grader.checks import Holds, Mistake, text
from grader.compare import expect_equal
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    batch_softmax_check,
    MNIST_AND_WEIGHTS,
    PRACTICE_NOTE,
    PREDICT_STUB,
    digit_networks,
    labelled_images,
    on_practice_data,
    practice_test_set,
    practice_weights,
    predicted_digits,
)
from grader.spec import Problem


def _digits(network: dict, x: np.ndarray, batch_size: int) -> np.ndarray:
    return predicted_digits(network, x)  # batching changes the speed, never the answers


MISTAKES = (
    RETURNS_NONE,
    Mistake(text("argmax 의 축이 틀렸습니다: 배치에서는 행(이미지)마다 골라야 하므로 np.argmax(y_batch, axis=1) 입니다 "
                 "(axis=0 은 클래스마다 가장 그럴듯한 이미지를 고릅니다).",
                 "argmax over the wrong axis: in a batch pick per row (image), np.argmax(y_batch, axis=1) "
                 "(axis=0 picks, for each class, the most likely image)."),
            when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape != (len(args[1]),)
            and actual.size == -(-len(args[1]) // args[2]) * len(args[0]["b3"])),  # one index per class, per batch
)

PROBLEM = Problem(
    id="p098", chapter="ch03", slug="predict_batches",
    title=text("배치마다 예측한 숫자", "The predicted digits, batch by batch"),
    statement=text("100개 가지고 온 훈련데이터를 predict 함수에 입력해서 예측 숫자 100개를 출력하는 코드를 작성하시오",
                   "Feed the 100-image batches into predict and print the 100 predicted digits."),
    given="x, t = get_data()\nnetwork = init_network()\nbatch_size = 100\n" + PRACTICE_NOTE,
    example=">>> predict_batches(network, x, 100)[-100:]   # 진짜 MNIST 의 마지막 배치 / the real MNIST's last batch\n"
            "array([8, 9, 0, 1, 2, 9, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 7, 8, 9, 7, ...])",
    names=("predict", "predict_batches"),
    stub='''
import numpy as np
''' + PREDICT_STUB + '''

def predict_batches(network: dict[str, np.ndarray], x: np.ndarray, batch_size: int) -> np.ndarray:
    """The digit predicted for every image of x, computed batch_size images per call of predict (one array of ints)."""
    raise NotImplementedError
''',
    checks=(
        batch_softmax_check(),
        Holds("predict_batches", [digit_networks(), labelled_images()[0], st.integers(1, 4)],
              lambda args, actual: expect_equal(actual, _digits(*args)),
              title=text("작은 무작위 신경망과 이미지 (입력 4, 클래스 3)", "small generated networks and images (4 inputs, 3 classes)"),
              mistakes=MISTAKES),
        on_practice_data("predict_batches", [(practice_weights, lambda: practice_test_set()[0], 100)], _digits, mistakes=MISTAKES,
                         title=text("연습용 가중치로 연습용 시험 데이터, 100장씩", "the practice test set with the practice weights, 100 at a time")),
    ),
    fixtures=MNIST_AND_WEIGHTS,
    hints=(text("배치마다 p = np.argmax(predict(network, x_batch), axis=1), 그리고 np.concatenate 로 이어 붙입니다.",
                "For each batch p = np.argmax(predict(network, x_batch), axis=1), then join them with np.concatenate."),),
)
