from grader.checks import text
from grader.problems.common import RETURNS_NONE
from grader.problems.mnist import (
    batch_softmax_check,
    FRACTION_NOT_PERCENT,
    MNIST_AND_WEIGHTS,
    PRACTICE_NOTE,
    PREDICT_STUB,
    correct_and_percent,
    digit_count_checks,
)
from grader.spec import Problem

PROBLEM = Problem(
    id="p087", chapter="ch03", slug="accuracy_loop",
    title=text("for 문으로 시험 데이터 전부 맞추기: 정확도", "All the test images with a for loop: the accuracy"),
    statement=text("테스트 데이터 10000장을 for loop 문으로 전부 3층 신경망에 넣고 10000장 중에 몇장을 3층 신경망이 맞추는지 확인하고 "
                   "정확도도 확인하시오",
                   "Feed all 10,000 test images through the 3-layer network with a for loop, count how many it gets right "
                   "and compute the accuracy."),
    given="x, t = get_data()\nnetwork = init_network()\n" + PRACTICE_NOTE,
    example=">>> count_correct(network, x, t)   # 진짜 MNIST와 책의 가중치 / the real MNIST and the book's weights\n(9352, 93.52)",
    names=("predict", "count_correct"),
    stub='''
import numpy as np
''' + PREDICT_STUB + '''

def count_correct(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray) -> tuple[int, float]:
    """(how many images the network gets right, the accuracy in percent rounded to 2 decimals).

    One image at a time: for i in range(len(x)), compare np.argmax(predict(network, x[i])) with t[i].
    """
    raise NotImplementedError
''',
    checks=(batch_softmax_check(),) + digit_count_checks("count_correct", correct_and_percent, mistakes=(RETURNS_NONE, FRACTION_NOT_PERCENT)),
    fixtures=MNIST_AND_WEIGHTS,
    hints=(text("cnt = 0 으로 시작해 맞을 때마다 cnt += 1; 정확도는 round(cnt / len(x) * 100, 2).",
                "Start with cnt = 0 and add 1 for every right answer; the accuracy is round(cnt / len(x) * 100, 2)."),),
)
