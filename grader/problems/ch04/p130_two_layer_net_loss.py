import math

import numpy as np
from hypothesis import strategies as st

from grader.checks import Context, Custom, for_all, text
from grader.compare import Fail
from grader.problems.learning import as_float, cross_entropy, equals, probabilities
from grader.problems.mnist import MNIST_FIXTURES
from grader.problems.two_layer_net import (
    NOT_DIVIDED,
    WHOLE_BATCH_SOFTMAX,
    batch_checks,
    loss_mistakes,
    stub,
    weight_init_std_check,
)
from grader.spec import Problem

batches = st.integers(1, 6).flatmap(lambda n: st.tuples(st.lists(probabilities(4), min_size=n, max_size=n).map(np.array),
                                                        st.lists(st.integers(0, 3), min_size=n, max_size=n).map(lambda k: np.eye(4)[k])))


def _batch_mean(ctx: Context) -> None:
    def body(pair: tuple[np.ndarray, np.ndarray]) -> None:
        y, t = pair
        ctx.changed_inputs.clear()
        actual = ctx.call("crossEntropyError", y, t)
        try:
            equals(cross_entropy, rtol=1e-6, dtype=None)((y, t), actual)
        except Fail as error:
            error.input = (y, t)
            error.hint = error.hint or next((m.says for m in loss_mistakes() if m.matches((y, t), actual)), None)
            raise
        ctx.refuse_changed_inputs()

    for_all(ctx, (batches,), body)


def _initial_loss(ctx: Context) -> None:
    loss = as_float(ctx.session.call("first_batch_loss", seed=ctx.seed))
    if not abs(loss - math.log(10)) < 0.05:
        hint = NOT_DIVIDED if abs(loss / 100 - math.log(10)) < 0.05 else WHOLE_BATCH_SOFTMAX if loss > 5 else None
        raise Fail("values", text(f"학습 전 신경망의 오차는 약 ln(10) ≈ 2.30 이어야 합니다 (10개 클래스가 거의 같은 확률): {loss:.4g}",
                                  f"An untrained network's error should be about ln(10) ≈ 2.30 (10 classes of nearly equal "
                                  f"probability): got {loss:.4g}"), expected=math.log(10), actual=loss, hint=hint)


PROBLEM = Problem(
    id="p130", chapter="ch04", slug="two_layer_net_loss",
    title=text("TwoLayerNet의 교차 엔트로피 오차", "TwoLayerNet's cross entropy error"),
    statement=text("TwoLayerNet 클래스의 객체를 생성하고 crossEntropyError(y, t) 메소드를 실행해서 나온 출력결과인 오차를 출력하시오",
                   "Create a TwoLayerNet object, run crossEntropyError(y, t) and print the resulting error."),
    given="y = network.predict(x_train[:100])\nt = t_train[:100]",
    example=">>> first_batch_loss()     # 무작위 / random\n2.3025...   # ≈ ln(10)\n"
            "(노트의 13.246...은 배치를 고려하지 않은 softmax 때문에 부풀려진 값입니다 / "
            "the notes' 13.246... is inflated by a softmax that ignores the batch axis)",
    names=("TwoLayerNet", "crossEntropyError", "first_batch_loss"),
    stub=stub(("sigmoid", "softmax", "crossEntropyError"), ("__init__", "predict", "loss"), mnist=True) + '''


def first_batch_loss() -> float:
    """crossEntropyError(network.predict(x_train[:100]), t_train[:100]) for a new TwoLayerNet(784, 50, 10)
    and MNIST loaded with normalize=True, one_hot_label=True."""
    raise NotImplementedError
''',
    checks=(
        Custom(_batch_mean, text("배치의 평균 교차 엔트로피", "the mean cross entropy of a batch")),
        batch_checks(("predict", "loss")),
        weight_init_std_check(),
        Custom(_initial_loss, text("MNIST 100장: 학습 전 오차 ≈ ln(10)", "100 MNIST images: the untrained error ≈ ln(10)")),
    ),
    autograded="partly",
    self_check=text("출력한 오차가 2.3 근처인지 보세요. 가중치가 작아 10개 클래스의 확률이 거의 0.1씩이라 -log(0.1) ≈ 2.30 입니다.",
                    "The printed error is near 2.3: with small weights each of the 10 classes gets about 0.1, and -log(0.1) ≈ 2.30."),
    fixtures=MNIST_FIXTURES,
    hints=(text("return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]", "return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]"),),
)
