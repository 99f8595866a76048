from grader.checks import text
from grader.problems.three_layer_net import (
    NOTES_DOC,
    TRAIN_SGD_STUB,
    Net,
    ch05_problem,
    gradient_check,
    structure_check,
    train_check,
)

PROBLEM = ch05_problem(
    "p159", "three_layer_net", text("3층 신경망 클래스 (오차역전파법)", "A 3-layer network class (backprop)"),
    text("3층 신경망 클래스를 구현하시오", "Implement a 3-layer neural network class."),
    ("Relu", "Affine", "SoftmaxWithLoss"),
    "__init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02)",
    NOTES_DOC.format(act="Relu"),
    TRAIN_SGD_STUB.format(net="TwoLayersNet(784, 50, 100, 10)"),
    (structure_check(Net()), gradient_check(Net()),
     train_check(Net(), lambda ctx: (300, 100, 0.1), 300, 100, 0.7,
                 text("연습용 MNIST로 300번 학습 (학습률 0.1): 손실이 줄고 시험 정확도 0.7 이상",
                      "300 steps on the practice MNIST (learning rate 0.1): the loss falls, test accuracy at least 0.7"))),
    text("전체 MNIST로 10000번 학습하고 train_acc 와 test_acc 를 에폭별로 그리세요 (노트: 약 0.97).",
         "Train 10,000 steps on the full MNIST and plot train_acc and test_acc per epoch (the notes: about 0.97)."),
    (text("gradient: self.loss(x, t); dout = self.lastLayer.backward(1); 그다음 list(self.layers.values())를 뒤집어 차례로 backward.",
          "gradient: self.loss(x, t); dout = self.lastLayer.backward(1); then backward through reversed(list(self.layers.values()))."),
     text("Affine은 params의 배열 자체를 받습니다: params[key] -= ... 로 제자리에서 갱신해야 계층이 새 값을 씁니다.",
          "Affine holds the params arrays themselves: update in place, params[key] -= ..., so that the layers see the new values.")),
    given="TwoLayersNet(input_size=784, hidden_size_1=50, hidden_size_2=100, output_size=10); iters_num = 10000; "
          "batch_size = 100; learning_rate = 0.1",
    example=">>> params, history = train(iters_num=10000, batch_size=100, learning_rate=0.1)",
)
