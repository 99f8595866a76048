from grader.checks import text
from grader.problems.optimizers import TRAIN, adam_network_problem, dropout_check
from grader.problems.three_layer_net import Net, gradient_check

RATIO = TRAIN["p171"].dropout

PROBLEM = adam_network_problem(
    "p171", "dropout", text("드롭아웃", "Dropout"),
    text("지금까지 만들었던 3층 신경망 코드에 dropout 을 적용해서 오버피팅이 발생하지 않는지 확인하시오",
         "Apply dropout to the 3-layer network code made so far and check that overfitting does not occur."),
    ("Dropout", "Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02, dropout_ratio=0.15)",
    "params as in p163. self.layers: Affine1, Relu1, Dropout1, Affine2, Relu2, Dropout2, Affine3 (Dropout(dropout_ratio)).",
    (dropout_check(RATIO),
     # dropout_ratio 0 keeps every unit: then the network must be exactly the one without dropout.
     gradient_check(Net(grad_args=(1.0, 0.0)))),
    text("전체 MNIST(또는 훈련 데이터 300장)로 드롭아웃이 있을 때와 없을 때 train_acc 와 test_acc 의 차이를 비교하세요.",
         "On the full MNIST (or 300 training images), compare the gap between train_acc and test_acc with and without dropout."),
    (text("시험 때는 predict(x, train_flg=False): 드롭아웃은 모든 뉴런을 쓰고 (1 - dropout_ratio)를 곱합니다. 노트의 답은 평가할 때도 뉴런을 끕니다.",
          "At test time predict(x, train_flg=False): dropout keeps every unit and multiplies by (1 - dropout_ratio). The notes' "
          "answer keeps dropping units while evaluating."),),
    given="dropout_ratio = 0.15", train_flg=True,
)
