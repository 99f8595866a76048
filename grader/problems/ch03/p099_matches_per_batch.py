import numpy as np

from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    batch_softmax_check,
    MNIST_AND_WEIGHTS,
    PRACTICE_NOTE,
    PREDICT_STUB,
    digit_count_checks,
    predicted_digits,
)
from grader.spec import Problem


def _matches(network: dict, x: np.ndarray, t: np.ndarray, batch_size: int) -> list[int]:
    right = predicted_digits(network, x) == t
    return [int(np.sum(right[i:i + batch_size])) for i in range(0, len(x), batch_size)]


def _labels_of_first_batch(network: dict, x: np.ndarray, t: np.ndarray, batch_size: int) -> list[int]:
    digits = predicted_digits(network, x)
    return [int(np.sum(digits[i:i + batch_size] == t[:batch_size][:len(digits[i:i + batch_size])]))
            for i in range(0, len(x), batch_size)]


PROBLEM = Problem(
    id="p099", chapter="ch03", slug="matches_per_batch",
    title=text("배치마다 맞춘 개수", "How many are right in each batch"),
    statement=text("위의 코드를 수정해서 예측 숫자 100개와 실제 숫자 100개를 출력하도록 파이썬 코드를 작성하시오",
                   "Modify the code above to output the 100 predicted digits and the 100 actual digits."),
    given="x, t = get_data()\nnetwork = init_network()\nbatch_size = 100\n"
          "노트의 답처럼 배치마다 예측 숫자와 실제 숫자가 일치하는 개수를 셉니다. / As the notes' answer does, count per batch "
          "how many predicted digits equal the actual ones.\n" + PRACTICE_NOTE,
    example=">>> matches_per_batch(network, x, t, 100)[:3]\n[..., ..., ...]   # 배치마다 0~100 / 0-100 per batch",
    names=("predict", "matches_per_batch"),
    stub='''
import numpy as np
''' + PREDICT_STUB + '''

def matches_per_batch(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int) -> list[int]:
    """For each batch of batch_size images, how many predicted digits equal the labels t of the same images."""
    raise NotImplementedError
''',
    checks=(batch_softmax_check(),) + digit_count_checks("matches_per_batch", _matches, batch_size=True, mistakes=(
        RETURNS_NONE,
        Mistake(text("모든 배치를 첫 배치의 라벨 t[:batch_size] 와 비교했습니다: 라벨도 이미지와 똑같이 t[i:i + batch_size] 로 자르세요.",
                     "Every batch is compared with the first batch's labels t[:batch_size]: slice the labels exactly like the "
                     "images, t[i:i + batch_size]."),
                like=_labels_of_first_batch),
    )),
    fixtures=MNIST_AND_WEIGHTS,
    hints=(text("t_batch = t[i:i + batch_size]; p = np.argmax(predict(network, x_batch), axis=1); np.sum(p == t_batch)",
                "t_batch = t[i:i + batch_size]; p = np.argmax(predict(network, x_batch), axis=1); np.sum(p == t_batch)"),),
)
