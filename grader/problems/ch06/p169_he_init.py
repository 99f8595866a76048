import numpy as np

from grader.checks import text
from grader.problems.optimizers import adam_network_problem
from grader.problems.three_layer_net import (
    Net,
    gradient_check,
    init_std_check,
    structure_check,
)

FIXED = Net(args=(), grad_args=())  # no weight_init_std: the constructor picks each layer's scale itself

PROBLEM = adam_network_problem(
    "p169", "he_init", text("He 초깃값", "He initialisation"),
    text("지금까지 구현한 3층 신경망의 가중치 초깃값을 He로 설정하고 정확도 확인하시오",
         "Set the initial weights of the 3-layer network to He initialisation and check the accuracy."),
    ("Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size)",
    "He: each W is np.random.randn(n, m) * np.sqrt(2 / n), n the number of nodes in the layer before\n"
    "        (ReLU zeroes half its inputs, so twice Xavier's variance); biases zeros; layers as before.",
    (init_std_check(lambda n: np.sqrt(2 / n), {
        "사비에르의 값 1/sqrt(n) 입니다: He는 ReLU를 위해 분산을 두 배로, sqrt(2/n) 입니다. | "
        "That is Xavier's 1/sqrt(n): He doubles the variance for ReLU, sqrt(2/n).": lambda n: 1 / np.sqrt(n),
        "2/n 입니다: 제곱근을 빠뜨렸습니다, np.sqrt(2 / n). | That is 2/n: the square root is missing, np.sqrt(2 / n).": lambda n: 2 / n,
        "sqrt(2)/n 입니다: n도 제곱근 안에 넣으세요, np.sqrt(2 / n). | That is sqrt(2)/n: put n under the root too, np.sqrt(2 / n).":
            lambda n: np.sqrt(2) / n,
    }, text("He 초깃값 sqrt(2/n)", "He's sqrt(2/n)")),
     structure_check(FIXED), gradient_check(FIXED)),
    text("전체 MNIST로 학습해 사비에르(p168)와 정확도 곡선을 비교하세요: ReLU에는 He가 알맞습니다.",
         "Train on the full MNIST and compare the accuracy curves with Xavier's (p168): He suits ReLU."),
    (text("self.params['W1'] = np.random.randn(input_size, hidden_size_1) * np.sqrt(2 / input_size)",
          "self.params['W1'] = np.random.randn(input_size, hidden_size_1) * np.sqrt(2 / input_size)"),),
    given="W1 std = np.sqrt(2/784), W2 std = np.sqrt(2/50), W3 std = np.sqrt(2/100)",
)
