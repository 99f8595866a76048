from grader.checks import text
from grader.problems.cnn import convnet_checks, convnet_stub
from grader.problems.mnist import MNIST_FIXTURES, PRACTICE_NOTE
from grader.spec import Problem

PROBLEM = Problem(
    id="p231", chapter="ch07", slug="deeper_convnet",
    title=text("합성곱 + 풀링을 하나 더 넣은 CNN", "The CNN with one more convolution and pooling"),
    statement=text("위의 CNN을 이용한 3층 신경망에 합성곱 계층과 풀링 계층을 하나 더 추가하시오 "
                   "(채점하는 구조: Conv1 - Relu1 - Pool1 - Conv2 - Relu2 - Pool2 - Affine1 - Relu3 - Affine2, 매개변수 W1 ~ b4.)",
                   "Add one more convolution layer and pooling layer to the 3-layer CNN above. (The layout the grader checks: "
                   "Conv1 - Relu1 - Pool1 - Conv2 - Relu2 - Pool2 - Affine1 - Relu3 - Affine2, parameters W1 to b4.)"),
    example=">>> net = SimpleConvNet()   # conv_param2={'filter_num': 30, 'filter_size': 3, 'pad': 1, 'stride': 1}\n"
            ">>> {k: v.shape for k, v in net.params.items()}['W3']   # 28 → 24 → 12 → 12 → 6\n(1080, 100)\n"
            "# 채점은 필터 4개, 은닉 20, 60번 반복 (weight_init_std=0.3) / the grader trains 4 filters, 20 hidden units, 60 steps (weight_init_std=0.3).\n" + PRACTICE_NOTE,
    names=("SimpleConvNet", "train"),
    stub=convnet_stub("deeper"),
    checks=convnet_checks("deeper"),
    autograded="partly",
    self_check=text("층을 더한 신경망과 문제 228 의 신경망을 같은 반복 수로 학습시켜 시험 정확도와 학습 시간을 비교해 보세요.",
                    "Train this net and problem 228's for the same number of steps and compare their test accuracy and training time."),
    time_limit=30.0,
    fixtures=MNIST_FIXTURES,
    hints=(text("크기: 28 → (5x5 합성곱) 24 → (풀링) 12 → (3x3, pad 1 합성곱) 12 → (풀링) 6: W3 는 (filter_num2 * 6 * 6, hidden_size).",
                "Sizes: 28 → (5x5 conv) 24 → (pool) 12 → (3x3 conv, pad 1) 12 → (pool) 6: W3 is (filter_num2 * 6 * 6, hidden_size)."),
           text("두 번째 합성곱의 입력 채널은 첫 합성곱의 필터 수입니다: W2 = std * np.random.randn(filter_num2, filter_num, 3, 3).",
                "The second convolution's input channels are the first one's filters: W2 = std * np.random.randn(filter_num2, filter_num, 3, 3).")),
)
