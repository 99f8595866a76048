import math

import numpy as np

from grader.checks import Context, Custom, text
from grader.compare import Fail, expect_equal
from grader.problems.common import PER_EPOCH, PER_ITERATION
from grader.problems.backprop import NET_STUB, relu_net_gradient_check, relu_net_scores
from grader.problems.ch04.p133_train_two_layer_net import WRONG_WAY
from grader.problems.forward import softmax
from grader.problems.learning import cross_entropy
from grader.problems.mnist import MNIST_FIXTURES, practice_mnist
from grader.problems.network_checks import refuse_stale_params
from grader.problems.two_layer_net import as_params
from grader.spec import Problem

ITERS, BATCH, LR, HIDDEN = 300, 100, 0.1, 50
REBOUND = text("network.params[key] = network.params[key] - ... 처럼 새 배열을 만들면 계층(Affine)은 옛 배열을 계속 씁니다: "
               "-= 로 제자리에서 갱신하세요.",
               "network.params[key] = network.params[key] - ... makes a new array, and the Affine layers keep using the old "
               "one: update in place with -=.")


def _trains(ctx: Context) -> None:
    result = ctx.session.call("train", ITERS, BATCH, LR, HIDDEN, seed=ctx.seed)
    if not (isinstance(result, (tuple, list)) and len(result) == 2 and type(result[1]) is dict):
        raise Fail("type", text("(network.params, 기록 딕셔너리) 두 값을 돌려주세요.", "Return the two values (network.params, the history dict)."),
                   actual=result)
    params, history = as_params(result[0]), result[1]
    expect_equal(sorted(history), ["test_acc", "train_acc", "train_loss"], what="history.keys()")
    losses = np.asarray(history["train_loss"], dtype=float)
    expect_equal(losses.shape, (ITERS,), what=PER_ITERATION)
    (x_train, t_train), (x_test, t_test) = practice_mnist(normalize=True, one_hot_label=True)
    expect_equal(len(history["test_acc"]), math.ceil(ITERS / max(len(x_train) / BATCH, 1)),
                 what=PER_EPOCH)
    refuse_stale_params(ctx, "TwoLayerNet", (), params)
    first, last = losses[:20].mean(), losses[-20:].mean()
    if not last < 0.5 * first:
        raise Fail("values", text(f"손실이 충분히 줄지 않았습니다: 처음 20회 평균 {first:.3f}, 마지막 20회 평균 {last:.3f}.",
                                  f"The loss did not fall enough: mean of the first 20 steps {first:.3f}, of the last 20 {last:.3f}."),
                   show_values=False, hint=WRONG_WAY if last > 1.2 * first else REBOUND)
    # The grader judges the returned parameters itself, on the same practice files the learner's code read.
    accuracy = float(np.mean(relu_net_scores(params, x_test).argmax(axis=1) == t_test.argmax(axis=1)))
    loss = cross_entropy(softmax(relu_net_scores(params, x_train)), t_train)
    if accuracy < 0.8 or loss > 0.5 * math.log(10):
        raise Fail("values", text(f"돌려준 매개변수의 시험 정확도 {accuracy:.2f} (우연은 0.1), 훈련 손실 {loss:.3f}: 잘 학습되지 않았습니다.",
                                  f"The returned parameters score {accuracy:.2f} on the test data (chance is 0.1), training loss "
                                  f"{loss:.3f}: they did not learn."), show_values=False)


PROBLEM = Problem(
    id="p134", chapter="ch05", slug="train_backprop_net",
    title=text("오차역전파법으로 TwoLayerNet 학습시키기", "Training TwoLayerNet with backpropagation"),
    statement=text("수치미분이 아닌 오차 역전파를 이용한 신경망 학습으로 2층 신경망 코드를 구현하시오",
                   "Implement the 2-layer network code trained with backpropagation instead of numerical differentiation."),
    given="iters_num = 10000; batch_size = 100; learning_rate = 0.1; TwoLayerNet(784, 50, 10)",
    example=""">>> params, history = train(10000, 100, 0.1, 50)
train acc, test acc | 0.1169..., 0.1131
train acc, test acc | 0.8996..., 0.9028
...
train acc, test acc | 0.9795..., 0.9679      (노트, 전체 MNIST / the notes, the full MNIST)
# 채점은 연습용 MNIST (훈련 600장, 시험 200장)로 300번만 학습합니다: 숫자는 노트와 다릅니다.
# Grading trains 300 times on the practice MNIST (600 training, 200 test images): the numbers differ from the notes'.""",
    names=("TwoLayerNet", "train"),
    stub=NET_STUB.replace("\nimport numpy as np\n", "\nimport numpy as np\n\nfrom dataset.mnist import load_mnist\n", 1) + '''


def train(iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1,
          hidden_size: int = 50) -> tuple[dict, dict]:
    """Load MNIST (normalize=True, one_hot_label=True) and train TwoLayerNet(784, hidden_size, 10) by mini-batch
    gradient descent with network.gradient (backprop).

    Every iteration: a random batch (np.random.choice), grad = network.gradient(x_batch, t_batch),
    network.params[key] -= learning_rate * grad[key] (in place: the layers hold these arrays), and the batch's
    loss appended to history["train_loss"]. Once per epoch (i % iter_per_epoch == 0, iter_per_epoch =
    max(train_size / batch_size, 1)): network.accuracy on the training and test data appended to
    history["train_acc"] and history["test_acc"] (print them too, if you like). Return (network.params, history).
    """
    raise NotImplementedError
''',
    checks=(
        relu_net_gradient_check("gradient"),
        Custom(_trains, text("연습용 MNIST에서 학습: 손실이 줄고 시험 정확도가 우연(0.1)보다 훨씬 높음",
                             "training on the practice MNIST: the loss falls and the test accuracy beats chance (0.1) by far")),
    ),
    autograded="partly",
    self_check=text("train_acc와 test_acc를 에폭마다 그래프로 그려 (노트처럼 plt.plot, ylim 0~1) 함께 오르는지, 둘의 차이가 작은지 보세요.",
                    "Plot train_acc and test_acc per epoch (plt.plot, ylim 0 to 1, as in the notes): both rise, and stay close."),
    time_limit=30.0,
    fixtures=MNIST_FIXTURES,
    hints=(text("grad = network.gradient(x_batch, t_batch) — 수치 미분(numerical_gradient) 대신 역전파로 빠르게.",
                "grad = network.gradient(x_batch, t_batch): backprop instead of numerical_gradient, and fast."),
           text("for key in ('W1', 'b1', 'W2', 'b2'): network.params[key] -= learning_rate * grad[key]",
                "for key in ('W1', 'b1', 'W2', 'b2'): network.params[key] -= learning_rate * grad[key]")),
)
