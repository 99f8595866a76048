import math

from grader.checks import Context, Custom, text
from grader.compare import Fail, expect_equal
from grader.problems.learning import as_float
from grader.problems.mnist import MNIST_FIXTURES
from grader.problems.two_layer_net import batch_checks, stub, weight_init_std_check
from grader.spec import Problem


def _first_batch(ctx: Context) -> None:
    result = ctx.session.call("first_batch_scores", seed=ctx.seed)
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        raise Fail("type", text("(오차, 정확도) 두 값을 돌려주세요.", "Return the two values (error, accuracy)."), actual=result)
    loss, accuracy = as_float(result[0]), as_float(result[1])
    if not abs(loss - math.log(10)) < 0.05:
        raise Fail("values", text(f"학습 전 오차는 약 ln(10) ≈ 2.30 이어야 합니다: {loss:.4g}",
                                  f"The untrained error should be about ln(10) ≈ 2.30: got {loss:.4g}"), expected=math.log(10), actual=loss)
    expect_equal(round(accuracy * 100), accuracy * 100, what=text("accuracy × 100 (100장 중 맞힌 수)", "accuracy × 100 (hits out of 100)"), rtol=0, atol=1e-9)
    if not 0 <= accuracy <= 0.4:
        raise Fail("values", text(f"학습 전 정확도는 우연 수준(약 0.1)이어야 합니다: {accuracy}",
                                  f"Untrained, the accuracy should be about chance (0.1): got {accuracy}"), actual=accuracy)


PROBLEM = Problem(
    id="p131", chapter="ch04", slug="two_layer_net_accuracy",
    title=text("TwoLayerNet의 정확도", "TwoLayerNet's accuracy"),
    statement=text("TwoLayerNet 클래스로 객체를 생성하고 accuracy(x, t) 메소드를 실행해서 100장 훈련데이터와 100장의 target 데이터를 입력했을 때의 정확도를 출력하시오",
                   "Create a TwoLayerNet object and print the accuracy from accuracy(x, t) for 100 training images and their 100 targets."),
    given="x = x_train[:100]\nt = t_train[:100]",
    example=">>> first_batch_scores()     # 무작위 / random\n(2.30..., 0.11)   # (오차 / error ≈ ln 10, 정확도 / accuracy ≈ 0.1)\n"
            "(노트의 오차 6.905...는 배치를 고려하지 않은 softmax 때문입니다 / the notes' 6.905... comes from a softmax that ignores the batch axis)",
    names=("TwoLayerNet", "first_batch_scores"),
    stub=stub(("sigmoid", "softmax", "crossEntropyError"), ("__init__", "predict", "loss", "accuracy"), mnist=True) + '''


def first_batch_scores() -> tuple[float, float]:
    """(network.loss(x, t), network.accuracy(x, t)) for x = x_train[:100], t = t_train[:100] (one-hot) and a new
    TwoLayerNet(784, 50, 10)."""
    raise NotImplementedError
''',
    checks=(
        batch_checks(("predict", "loss", "accuracy")),
        weight_init_std_check(),
        Custom(_first_batch, text("MNIST 100장: 학습 전 오차 ≈ ln(10), 정확도 ≈ 우연", "100 MNIST images: untrained error ≈ ln(10), accuracy ≈ chance")),
    ),
    autograded="partly",
    self_check=text("학습 전이므로 정확도가 0.1 근처(10개 중 하나를 찍는 수준)인지 보세요.",
                    "Untrained, the accuracy is near 0.1 (guessing one of 10 classes)."),
    fixtures=MNIST_FIXTURES,
    hints=(text("predict 의 출력은 행마다 10개의 점수이고 t 는 원-핫 행입니다: 둘 다 행마다 가장 큰 값의 자리(np.argmax, axis=1)로 바꾸어 비교하세요.",
                "predict gives 10 scores per row and t is one-hot rows: turn both into the position of each row's largest value (np.argmax, axis=1) and compare."),
           text("y = np.argmax(self.predict(x), axis=1); t = np.argmax(t, axis=1); return np.sum(y == t) / float(x.shape[0])",
                "y = np.argmax(self.predict(x), axis=1); t = np.argmax(t, axis=1); return np.sum(y == t) / float(x.shape[0])")),
)
