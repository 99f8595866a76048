import numpy as np
from hypothesis import strategies as st

from grader.checks import Context, Custom, for_all, text
from grader.compare import Fail, expect_equal
from grader.problems.forward import network_pass
from grader.problems.mnist import MNIST_FIXTURES, SAMPLE_WEIGHT_FIXTURE
from grader.spec import Problem

EPOCHS, BATCH, N = 3, 10, 40
COUNTER_RESET = text("맞힌 수(cnt)를 에폭마다 0으로 되돌렸습니다: cnt = 0 은 에폭 반복문 밖, 맨 처음에 한 번만 두세요.",
                     "The count of hits (cnt) is reset every epoch: put cnt = 0 once, before the epoch loop.")


def _network(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    shapes = {"W1": (4, 5), "b1": (5,), "W2": (5, 4), "b2": (4,), "W3": (4, 3), "b3": (3,)}
    return {k: rng.normal(size=s) for k, s in shapes.items()}


def _counts(ctx: Context) -> None:
    def body(seed: int, all_right: bool) -> None:
        network = _network(seed)
        x = np.random.default_rng(seed + 1).normal(size=(N, 4))
        labels = network_pass(network, x).argmax(axis=1)
        t = labels if all_right else (labels + 1) % 3
        ctx.changed_inputs.clear()
        result = ctx.call("count_correct", network, x, t, EPOCHS, BATCH)
        if not (isinstance(result, (tuple, list)) and len(result) == 2):
            raise Fail("type", text("(맞힌 수, 전체 수) 두 값을 돌려주세요.", "Return the two values (hits, total)."), actual=result)
        hits, total = int(result[0]), int(result[1])
        expect_equal(total, EPOCHS * N, what=text(f"전체 수 ({EPOCHS} 에폭 × {N})", f"total ({EPOCHS} epochs × {N})"))
        expected = total if all_right else 0
        if hits != expected:
            hint = COUNTER_RESET if all_right and hits == N else None
            raise Fail("values", text(f"{'모든 예측이 맞는' if all_right else '모든 예측이 틀린'} 데이터에서 맞힌 수가 {expected} 이어야 하는데 {hits} 입니다.",
                                      f"On data where {'every' if all_right else 'no'} prediction is right, the hits should be "
                                      f"{expected}, got {hits}."), expected=expected, actual=hits, hint=hint)
        ctx.refuse_changed_inputs()

    for_all(ctx, (st.integers(0, 2**16), st.booleans()), body)


def _on_mnist(ctx: Context) -> None:
    result = ctx.session.call("accuracy_on_mnist", seed=ctx.seed)
    hits, total = int(result[0]), int(result[1])
    if total % 5 or not 0.85 <= hits / total <= 1:
        raise Fail("values", text(f"연습용 가중치와 데이터로 5 에폭: {hits} / {total}. 전체가 5의 배수이고 정확도가 약 0.9 이상이어야 합니다.",
                                  f"5 epochs with the practice weights and data: {hits} / {total}. The total should be a multiple "
                                  "of 5 and the accuracy about 0.9 or more."), show_values=False)


PROBLEM = Problem(
    id="p110", chapter="ch04", slug="accuracy_over_epochs",
    title=text("5 에폭 동안 정확도 세기", "Counting hits over 5 epochs"),
    statement=text("위의 코드를 5 에폭(epoch) 돌게 코드를 수정하시오", "Modify the code above so that it runs for 5 epochs."),
    given="network = init_network()   # 학습된 가중치 / pretrained weights (sample_weight)\nx, t = get_data()           # MNIST 시험 데이터 / test data",
    example=">>> accuracy_on_mnist()   # 무작위 배치 / random batches\n(46700, 50000)   # 정확도 / accuracy 93.4 %\n"
            "(학습은 일어나지 않습니다: 같은 신경망을 무작위 배치로 다시 평가할 뿐입니다 / "
            "no training happens: the same network is evaluated again on random batches)",
    names=("init_network", "predict", "count_correct", "accuracy_on_mnist"),
    stub='''
import numpy as np

from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight


def sigmoid(x: np.ndarray) -> np.ndarray:
    raise NotImplementedError


def softmax(a: np.ndarray) -> np.ndarray:
    """Row by row for a batch (axis=-1, keepdims=True)."""
    raise NotImplementedError


def init_network() -> dict:
    """The pretrained weights W1, b1, W2, b2, W3, b3: load_sample_weight() (the notes open sample_weight.pkl)."""
    raise NotImplementedError


def predict(network: dict, x: np.ndarray) -> np.ndarray:
    """sigmoid, sigmoid, softmax: the 3-layer network of chapter 3, for a batch."""
    raise NotImplementedError


def count_correct(network: dict, x: np.ndarray, t: np.ndarray, epochs: int = 5, batch_size: int = 100) -> tuple[int, int]:
    """epochs times: len(x) // batch_size random batches (np.random.choice); count the right predictions.

    Return (the number of right predictions over all epochs, the number of predictions made).
    """
    raise NotImplementedError


def accuracy_on_mnist() -> tuple[int, int]:
    """count_correct(init_network(), x_test, t_test, 5, 100) with MNIST test data (normalize=True, one_hot_label=False)."""
    raise NotImplementedError
''',
    checks=(
        Custom(_counts, text("모두 맞거나 모두 틀린 데이터에서 맞힌 수와 전체 수", "hits and total on data that is all right or all wrong")),
        Custom(_on_mnist, text("연습용 MNIST와 가중치로 5 에폭", "5 epochs on the practice MNIST and weights")),
    ),
    autograded="partly",
    self_check=text("출력한 정확도가 학습된 신경망의 정확도(책의 데이터로 약 93 %) 근처인지 보세요. 배치가 무작위라 실행마다 조금씩 다릅니다.",
                    "The printed accuracy is near the trained network's (about 93 % with the book's data); the batches are random, "
                    "so it changes a little from run to run."),
    fixtures=MNIST_FIXTURES + (SAMPLE_WEIGHT_FIXTURE,),
    hints=(text("cnt = 0 을 에폭 반복문 밖에 두고, for epoch in range(epochs): 안에 노트의 for i in range(0, len(x), batch_size): 를 넣으세요.",
                "Put cnt = 0 before the epoch loop, and the notes' for i in range(0, len(x), batch_size): inside for epoch in range(epochs):."),),
)
