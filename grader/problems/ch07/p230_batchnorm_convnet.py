from grader.checks import text
from grader.problems.cnn import convnet_checks, convnet_stub
from grader.problems.mnist import MNIST_FIXTURES, PRACTICE_NOTE
from grader.spec import Problem

PROBLEM = Problem(
    id="p230", chapter="ch07", slug="batchnorm_convnet",
    title=text("배치 정규화를 넣은 CNN", "The CNN with batch normalisation"),
    statement=text("위의 CNN을 이용한 3층 신경망에 배치정규화를 적용하시오",
                   "Apply batch normalisation to the 3-layer CNN above."),
    given="layers: Conv1 -> BatchNorm1 -> Relu1 -> Pool1 -> Affine1 -> BatchNorm2 -> Relu2 -> Affine2 -> SoftmaxWithLoss\n"
          "BatchNormalization(gamma=1.0, beta=0.)",
    example=">>> list(SimpleConvNet().layers)\n['Conv1', 'BatchNorm1', 'Relu1', 'Pool1', 'Affine1', 'BatchNorm2', 'Relu2', 'Affine2']\n"
            "# 채점은 필터 4개, 은닉 20, 60번 반복 (weight_init_std=0.1) / the grader trains 4 filters, 20 hidden units, 60 steps.\n"
            + PRACTICE_NOTE,
    names=("SimpleConvNet", "train"),
    stub=convnet_stub("batchnorm"),
    checks=convnet_checks("batchnorm"),
    autograded="partly",
    self_check=text("배치 정규화가 없는 문제 228 의 학습과 history['train_loss'] 를 나란히 그려, 배치 정규화 쪽이 weight_init_std=0.01 "
                    "로도 빨리 배우는지 보세요.",
                    "Plot history['train_loss'] beside problem 228's (no batch normalisation) and see the batch-normalised net "
                    "learn fast even with weight_init_std=0.01."),
    time_limit=30.0,
    fixtures=MNIST_FIXTURES,
    hints=(text("BatchNormalization 은 4차원 입력을 x.reshape(N, -1) 로 펴서 정규화한 뒤 원래 형상으로 되돌립니다 (backward 도).",
                "BatchNormalization flattens a 4-D input with x.reshape(N, -1), normalises, and gives back the input's shape (backward too)."),),
)
