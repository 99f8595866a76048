import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import Context, Custom, LayerGradient, Mistake, text
from grader.compare import Fail
from grader.problems.three_layer_net import (
    Net,
    ch05_problem,
    gradient_check,
    learns,
    score,
    trained,
)

ITERS, BATCH, LR = 300, 100, 0.1
SIGMOID = Net(activation="sigmoid", args=(0.02, "sigmoid"), grad_args=(1.0, "sigmoid"))
RELU = Net(args=(0.02, "relu"), grad_args=(1.0, "relu"))


def _relu_beats_sigmoid(ctx: Context) -> None:
    relu = learns(ctx, RELU, ctx.session.call("train", "relu", ITERS, BATCH, LR, seed=ctx.seed), ITERS, BATCH, 0.7,
                  what=text("activation='relu': ", "activation='relu': "))
    params, _ = trained(ctx, SIGMOID, ctx.session.call("train", "sigmoid", ITERS, BATCH, LR, seed=ctx.seed), ITERS, BATCH,
                        loss_falls=False)
    sigmoid = score(SIGMOID, params)
    if not relu > sigmoid:
        raise Fail("values", text(f"같은 300번의 학습에서 ReLU의 시험 정확도 {relu:.2f} 가 시그모이드의 {sigmoid:.2f} 보다 높아야 합니다 "
                                  "(시그모이드는 기울기가 작아 (최대 0.25) 처음에 훨씬 느리게 배웁니다).",
                                  f"After the same 300 steps ReLU's test accuracy {relu:.2f} should beat the sigmoid's {sigmoid:.2f} "
                                  "(the sigmoid's gradient is small, at most 0.25, so it learns far slower at first)."), show_values=False)


def _missing_out_factor(args: tuple, actual: object) -> bool:
    (x,), dout = args
    out = 1 / (1 + np.exp(-x))
    return np.shape(actual) == dout.shape and np.allclose(np.asarray(actual, dtype=float), dout * (1 - out))


def _missing_one_minus_out(args: tuple, actual: object) -> bool:
    (x,), dout = args
    out = 1 / (1 + np.exp(-x))
    return np.shape(actual) == dout.shape and np.allclose(np.asarray(actual, dtype=float), dout * out)


HALF_DERIVATIVE = Mistake(text("시그모이드의 미분은 y(1 - y) 입니다: dout * (1.0 - self.out) 에는 인수 self.out 이 빠졌습니다 "
                               "(dx = dout * (1.0 - self.out) * self.out).",
                               "The sigmoid's derivative is y(1 - y): dout * (1.0 - self.out) lacks the factor self.out "
                               "(dx = dout * (1.0 - self.out) * self.out)."),
                          when=_missing_out_factor)
OTHER_HALF = Mistake(text("시그모이드의 미분은 y(1 - y) 입니다: dout * self.out 에는 인수 (1.0 - self.out) 이 빠졌습니다 "
                          "(dx = dout * (1.0 - self.out) * self.out).",
                          "The sigmoid's derivative is y(1 - y): dout * self.out lacks the factor (1.0 - self.out) "
                          "(dx = dout * (1.0 - self.out) * self.out)."),
                     when=_missing_one_minus_out)

_SIGMOID_INPUT = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=2, max_side=4), elements=st.floats(-5, 5, width=64))

PROBLEM = ch05_problem(
    "p161", "relu_vs_sigmoid", text("ReLU와 시그모이드 비교", "ReLU against sigmoid"),
    text("위의 3층 신경망의 정확도가 활성화 함수가 Relu 일 때와 활성화 함수가 Sigmoid 일 때의 차이를 테스트 하시오",
         "Test the difference in accuracy of the 3-layer network above between ReLU and sigmoid activations."),
    ("Relu", "Sigmoid", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02, activation='relu')",
    "As in p159, with Relu() or Sigmoid() (activation 'relu' or 'sigmoid') after Affine1 and Affine2.",
    '''

def train(activation="relu", iters_num=10000, batch_size=100, learning_rate=0.1):
    """p159's training with TwoLayersNet(784, 50, 100, 10, activation=activation). Return (network.params, history)."""
    raise NotImplementedError
''',
    (LayerGradient("Sigmoid", _SIGMOID_INPUT.map(lambda x: (x,)), mistakes=[HALF_DERIVATIVE, OTHER_HALF],
                   title=text("Sigmoid 계층: 역전파 = 수치 미분", "the Sigmoid layer: backward matches the numerical gradient")),
     gradient_check(SIGMOID),
     Custom(_relu_beats_sigmoid, text("연습용 MNIST로 300번씩 학습: ReLU는 정확도 0.7 이상, 그리고 시그모이드보다 높음",
                                      "300 steps each on the practice MNIST: ReLU reaches 0.7 and beats the sigmoid"))),
    text("전체 MNIST로 두 활성화 함수의 test_acc 를 한 그래프에 그려 비교하세요 (노트: 시그모이드 약 0.93, ReLU 약 0.97).",
         "On the full MNIST, plot both activations' test_acc in one figure (the notes: sigmoid about 0.93, ReLU about 0.97)."),
    (text("Sigmoid 계층의 backward는 forward의 출력 out 으로: dout * (1.0 - self.out) * self.out.",
          "The Sigmoid layer's backward uses forward's output: dout * (1.0 - self.out) * self.out."),),
    example=">>> relu = train('relu'); sigmoid = train('sigmoid')",
)
