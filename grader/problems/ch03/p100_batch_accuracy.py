import numpy as np

from grader.checks import Mistake, text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    batch_softmax_check,
    FRACTION_NOT_PERCENT,
    MNIST_AND_WEIGHTS,
    PRACTICE_NOTE,
    PREDICT_STUB,
    correct_and_percent,
    digit_count_checks,
    predicted_digits,
)
from grader.spec import Problem


def _counted_per_batch(network: dict, x: np.ndarray, t: np.ndarray, batch_size: int) -> tuple[float, float]:
    """The slip: adding up each batch's accuracy (np.mean) instead of its count of right images."""
    right = predicted_digits(network, x) == t
    total = sum(float(np.mean(right[i:i + batch_size])) for i in range(0, len(x), batch_size))
    return total, round(total / len(x) * 100, 2)


PROBLEM = Problem(
    id="p100", chapter="ch03", slug="batch_accuracy",
    title=text("배치로 센 정확도", "The accuracy, counted in batches"),
    statement=text("아래의 100개 씩 뽑은 예상 숫자와 실제 숫자가 서로 얼마나 일치하는지 숫자를 count 해서 아래와 같은 결과를 출력하시오",
                   "Count how many of the batch-wise predictions match the actual digits and print the result as shown."),
    given="x, t = get_data()\nnetwork = init_network()\nbatch_size = 100\n" + PRACTICE_NOTE,
    example=">>> batch_accuracy(network, x, t, 100)   # 진짜 MNIST와 책의 가중치 / the real MNIST and the book's weights\n(9352, 93.52)",
    names=("predict", "batch_accuracy"),
    stub='''
import numpy as np
''' + PREDICT_STUB + '''

def batch_accuracy(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int) -> tuple[int, float]:
    """(images recognised, accuracy in percent rounded to 2 decimals), computed batch_size images at a time."""
    raise NotImplementedError
''',
    checks=(batch_softmax_check(),) + digit_count_checks("batch_accuracy", lambda network, x, t, batch_size: correct_and_percent(network, x, t),
                              batch_size=True, mistakes=(
        RETURNS_NONE,
        FRACTION_NOT_PERCENT,
        Mistake(text("배치마다 정확도(평균)를 더했습니다: 맞춘 개수는 이미지마다 세야 합니다 (cnt += np.sum(p == t_batch)).",
                     "Each batch's accuracy (a mean) was added up: count right images, one by one (cnt += np.sum(p == t_batch))."),
                like=_counted_per_batch),
    )),
    fixtures=MNIST_AND_WEIGHTS,
    hints=(text("cnt += np.sum(p == t_batch) 를 배치마다; 끝에 round(cnt / len(x) * 100, 2).",
                "cnt += np.sum(p == t_batch) for each batch; at the end round(cnt / len(x) * 100, 2)."),),
)
