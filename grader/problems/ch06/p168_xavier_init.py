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
    "p168", "xavier_init", text("사비에르 초깃값", "Xavier initialisation"),
    text("가중치의 초깃값을 사비에르로 설정하고 학습이 잘되는지 확인하시오",
         "Set the initial weights to Xavier and check whether learning goes well."),
    ("Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size)",
    "Xavier: each W is np.random.randn(n, m) / np.sqrt(n), n the number of nodes in the layer before\n"
    "        (W1: 1/sqrt(input_size), W2: 1/sqrt(hidden_size_1), W3: 1/sqrt(hidden_size_2)); biases zeros; layers as before.",
    (init_std_check(lambda n: 1 / np.sqrt(n), {
        "He의 값 sqrt(2/n) 입니다: 사비에르는 1/sqrt(n) 입니다. | That is He's sqrt(2/n): Xavier is 1/sqrt(n).": lambda n: np.sqrt(2 / n),
        "1/n 입니다: 제곱근을 빠뜨렸습니다, 1/np.sqrt(n). | That is 1/n: the square root is missing, 1/np.sqrt(n).": lambda n: 1 / n,
        "층과 상관없는 고정값 0.02 입니다: 앞 층 노드 수 n으로 1/np.sqrt(n)을 층마다 계산하세요. | "
        "That is the fixed 0.02 of before: compute 1/np.sqrt(n) per layer from its n input nodes.": lambda n: 0.02,
    }, text("사비에르 초깃값 1/sqrt(n)", "Xavier's 1/sqrt(n)")),
     structure_check(FIXED), gradient_check(FIXED)),
    text("전체 MNIST로 학습해 정확도 곡선을 그리고, 0.02로 시작했을 때와 첫 에폭의 정확도를 비교하세요 (노트: 0.23 → 0.96).",
         "Train on the full MNIST, plot the accuracy curves and compare the first epochs with the 0.02 start "
         "(the notes: 0.23 → 0.96)."),
    (text("self.params['W1'] = np.random.randn(input_size, hidden_size_1) / np.sqrt(input_size)",
          "self.params['W1'] = np.random.randn(input_size, hidden_size_1) / np.sqrt(input_size)"),),
    given="W1 std = 1/np.sqrt(784), W2 std = 1/np.sqrt(50), W3 std = 1/np.sqrt(100)",
)
