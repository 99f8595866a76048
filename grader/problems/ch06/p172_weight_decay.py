from grader.checks import text
from grader.problems.optimizers import adam_network_problem
from grader.problems.three_layer_net import Net, gradient_check

PROBLEM = adam_network_problem(
    "p172", "weight_decay", text("가중치 감소 (L2 정규화)", "Weight decay (L2 regularisation)"),
    text("우리 3층 신경망 코드에 L2 정규화를 적용해보시오", "Apply L2 regularisation (weight decay) to our 3-layer network code."),
    ("Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02, weight_decay_lambda=0.001)",
    "params and layers as in p163; keep weight_decay_lambda. loss adds 0.5 * λ * np.sum(W ** 2) for W1, W2 and W3\n"
    "        (not the biases); gradient adds λ * W to grads['W1'], grads['W2'] and grads['W3'].",
    # λ = 0.1 in the check: large enough that a missing decay term shows far above the rounding.
    (gradient_check(Net(weight_decay=0.1, grad_args=(1.0, 0.1))),),
    text("훈련 데이터를 300장으로 줄여 λ = 0 과 0.1 로 학습하고, train_acc 와 test_acc 의 차이(오버피팅)를 비교하세요.",
         "Cut the training data to 300 images, train with λ = 0 and 0.1, and compare the gap between train_acc and test_acc "
         "(overfitting)."),
    (text("loss: weight_decay += 0.5 * self.weight_decay_lambda * np.sum(self.params['W1'] ** 2) (W2, W3 도)",
          "loss: weight_decay += 0.5 * self.weight_decay_lambda * np.sum(self.params['W1'] ** 2) (and W2, W3)"),
     text("gradient: grads['W1'] = self.layers['Affine1'].dW + self.weight_decay_lambda * self.params['W1']",
          "gradient: grads['W1'] = self.layers['Affine1'].dW + self.weight_decay_lambda * self.params['W1']")),
    given="weight_decay_lambda = 0.001",
)
