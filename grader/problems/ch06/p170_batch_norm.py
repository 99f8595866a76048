from grader.checks import text
from grader.problems.optimizers import (
    TRAIN,
    adam_network_problem,
    batchnorm_checks,
    batchnorm_param_grads_check,
)
from grader.problems.three_layer_net import gradient_check, structure_check

BN = TRAIN["p170"].net

PROBLEM = adam_network_problem(
    "p170", "batch_norm", text("배치 정규화", "Batch normalization"),
    text("배치정규화 클래스를 우리 3층 신경망에 구현하고 각 층마다 아래와 같이 배치 정규화 층을 구현하시오",
         "Implement the batch-normalisation class in our 3-layer network and add a batch-norm layer after each affine layer as below."),
    ("BatchNormalization", "Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02)",
    "params as before plus gamma1, beta1 (hidden_1,) and gamma2, beta2 (hidden_2,): ones and zeros, in params so that\n"
    "        the optimizer trains them (the notes leave them out). self.layers: Affine1, BatchNorm1, Relu1, Affine2, BatchNorm2,\n"
    "        Relu2, Affine3. gradient also returns grads['gamma1'] = self.layers['BatchNorm1'].dgamma, 'beta1', ... .",
    (*batchnorm_checks(), batchnorm_param_grads_check(), structure_check(BN), gradient_check(BN)),
    text("전체 MNIST로 배치 정규화가 있을 때와 없을 때의 정확도 곡선을 비교하세요: 처음 몇 에폭이 훨씬 빨리 오릅니다.",
         "On the full MNIST, compare the accuracy curves with and without batch normalisation: the first epochs rise much faster."),
    (text("시험 때는 predict(x, train_flg=False): BatchNormalization은 이동 평균으로 정규화합니다. 노트의 답은 늘 배치의 통계를 씁니다.",
          "At test time predict(x, train_flg=False): BatchNormalization normalises with the running averages. The notes' answer "
          "always uses the batch's statistics."),
     text("gamma, beta도 params에 넣어야 옵티마이저가 학습합니다: self.params['gamma1'] = np.ones(hidden_size_1).",
          "Put gamma and beta in params too, so that the optimizer trains them: self.params['gamma1'] = np.ones(hidden_size_1).")),
    given="layers: Affine1 -> BatchNorm1 -> Relu1 -> Affine2 -> BatchNorm2 -> Relu2 -> Affine3 -> SoftmaxWithLoss",
    train_flg=True,
)
