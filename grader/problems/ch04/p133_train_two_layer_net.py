import math

import numpy as np

from grader.checks import Context, Custom, text
from grader.compare import Fail, expect_equal
from grader.problems.common import PER_EPOCH, PER_ITERATION
from grader.problems.learning import cross_entropy
from grader.problems.mnist import MNIST_FIXTURES
from grader.problems.two_layer_net import (
    as_params,
    blobs,
    forward,
    gradient_check,
    stub,
)
from grader.spec import Problem

ITERS, BATCH, LR, HIDDEN = 200, 20, 1.0, 5
WRONG_WAY = text("학습할수록 손실이 커집니다: 매개변수 갱신은 network.params[key] -= learning_rate * grad[key] (빼기) 입니다.",
                 "The loss grows as it trains: the update is network.params[key] -= learning_rate * grad[key] (a minus).")


def _trains(ctx: Context) -> None:
    x_train, t_train = blobs(ctx.seed, 160)
    x_test, t_test = blobs(ctx.seed + 1, 60)
    result = ctx.call("train", x_train, t_train, x_test, t_test, HIDDEN, ITERS, BATCH, LR)
    if not (isinstance(result, (tuple, list)) and len(result) == 2 and type(result[1]) is dict):
        raise Fail("type", text("(network.params, 기록 딕셔너리) 두 값을 돌려주세요.", "Return the two values (network.params, the history dict)."),
                   actual=result)
    params, history = as_params(result[0]), result[1]
    expect_equal(sorted(history), ["test_acc", "train_acc", "train_loss"], what="history.keys()")
    losses = np.asarray(history["train_loss"], dtype=float)
    expect_equal(losses.shape, (ITERS,), what=PER_ITERATION)
    expect_equal(len(history["test_acc"]), math.ceil(ITERS / (160 / BATCH)), what=PER_EPOCH)
    first, last = losses[:20].mean(), losses[-20:].mean()
    if not last < 0.5 * first:
        raise Fail("values", text(f"손실이 충분히 줄지 않았습니다: 처음 20회 평균 {first:.3f}, 마지막 20회 평균 {last:.3f}.",
                                  f"The loss did not fall enough: mean of the first 20 steps {first:.3f}, of the last 20 {last:.3f}."),
                   show_values=False, hint=WRONG_WAY if last > first else None)
    accuracy = float(np.mean(forward(params, x_test).argmax(axis=1) == t_test.argmax(axis=1)))
    loss = cross_entropy(forward(params, x_train), t_train)
    if accuracy < 0.8 or loss > 0.5 * math.log(3):
        raise Fail("values", text(f"돌려준 매개변수의 시험 정확도 {accuracy:.2f} (우연은 0.33), 훈련 손실 {loss:.3f}: 잘 학습되지 않았습니다.",
                                  f"The returned parameters score {accuracy:.2f} on the test data (chance is 0.33), training loss "
                                  f"{loss:.3f}: they did not learn."), show_values=False)
    ctx.refuse_changed_inputs()


PROBLEM = Problem(
    id="p133", chapter="ch04", slug="train_two_layer_net",
    title=text("TwoLayerNet 학습시키기", "Training TwoLayerNet"),
    statement=text("TwoLayerNet 클래스를 가지고 학습 시키는 코드를 완성시키시오", "Complete the code that trains the TwoLayerNet class."),
    given="iters_num = 10000; batch_size = 100; learning_rate = 0.1; TwoLayerNet(784, 50, 10)",
    example=">>> params, history = train(x_train, t_train, x_test, t_test, 50, 10000, 100, 0.1)\n"
            "# 주의: 수치 미분으로 784-50-10 신경망을 10000번 학습하면 CPU로 며칠이 걸립니다 (매개변수 약 4만 개 × 2번의 순전파 × 10000회).\n"
            "# 채점은 작은 데이터(입력 4, 은닉 5, 클래스 3)로 200번만 학습합니다. 빠른 기울기는 5장의 오차역전파법에서 배웁니다.\n"
            "# Note: training the 784-50-10 network 10,000 times with numerical gradients takes days on a CPU (about 40,000\n"
            "# parameters × 2 forward passes × 10,000 steps). The grader trains a small one (4 inputs, 5 hidden, 3 classes)\n"
            "# 200 times. The fast gradient is backpropagation, chapter 5.",
    names=("TwoLayerNet", "train"),
    stub=stub(("sigmoid", "softmax", "crossEntropyError", "numerical_gradient"),
              ("__init__", "predict", "loss", "accuracy", "numerical_gradient")) + '''


def train(x_train: np.ndarray, t_train: np.ndarray, x_test: np.ndarray, t_test: np.ndarray,
          hidden_size: int = 50, iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1) -> tuple[dict, dict]:
    """Train TwoLayerNet(x_train.shape[1], hidden_size, t_train.shape[1]) by mini-batch gradient descent.

    Every iteration: a random batch (np.random.choice), network.numerical_gradient, params[key] -= learning_rate * grad[key],
    and the batch's loss appended to history["train_loss"]. Once per epoch (i % iter_per_epoch == 0, with
    iter_per_epoch = max(train_size / batch_size, 1)): append network.accuracy on the training and test data to
    history["train_acc"] and history["test_acc"]. Return (network.params, history).
    """
    raise NotImplementedError
''',
    checks=(
        gradient_check(),
        Custom(_trains, text("작은 데이터에서 학습: 손실이 줄고 정확도가 우연보다 훨씬 높음",
                             "training on small data: the loss falls and the accuracy beats chance by far")),
    ),
    autograded="partly",
    self_check=text("history['train_loss']를 그래프로 그려 손실이 줄어드는지, train_acc와 test_acc가 함께 오르는지 보세요.",
                    "Plot history['train_loss'] and see the loss fall, and train_acc and test_acc rise together."),
    time_limit=30.0,
    fixtures=MNIST_FIXTURES,
    hints=(text("numerical_gradient는 2차원 W1, W2도 다뤄야 합니다: np.nditer(x, flags=['multi_index'], op_flags=['readwrite']) 또는 np.ndindex(x.shape).",
                "numerical_gradient must handle the 2-D W1 and W2 too: np.nditer(x, flags=['multi_index'], op_flags=['readwrite']) or np.ndindex(x.shape)."),
           text("for key in ('W1', 'b1', 'W2', 'b2'): network.params[key] -= learning_rate * grad[key]",
                "for key in ('W1', 'b1', 'W2', 'b2'): network.params[key] -= learning_rate * grad[key]")),
)
