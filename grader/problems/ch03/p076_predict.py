from grader.checks import text
from grader.problems.mnist import (
    GET_DATA_STUB,
    INIT_NETWORK_STUB,
    MNIST_AND_WEIGHTS,
    PRACTICE_NOTE,
    PREDICT_STUB,
    practice_get_data_check,
    practice_weights_check,
    predict_checks,
)
from grader.spec import Problem

PROBLEM = Problem(
    id="p076", chapter="ch03", slug="predict",
    title=text("predict(): 숫자 하나 예측하기", "predict(): recognise one digit"),
    statement=text("mnist 데이터 셋에서 숫자 하나를 입력하면 그 숫자가 어떤 숫자인지 예측하는 predict 라는 함수를 책 100페이지를 보고 만드시오",
                   "Following page 100 of the book, write a function predict that predicts which digit an input MNIST image is."),
    given="x, t = get_data()\nnetwork = init_network()\ny = predict(network, x[0])\n" + PRACTICE_NOTE,
    example=">>> predict(network, x[0])   # 진짜 MNIST와 책의 가중치 / the real MNIST and the book's weights\n"
            "array([8.4412488e-05, 2.6350631e-06, 7.1549421e-04, 1.2586262e-03, 1.1727954e-06,\n"
            "       4.4990808e-05, 1.6269318e-08, 9.9706501e-01, 9.3744793e-06, 8.1831159e-04], dtype=float32)",
    names=("get_data", "init_network", "predict"),
    stub='''
import numpy as np
from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight
''' + GET_DATA_STUB + INIT_NETWORK_STUB + PREDICT_STUB,
    checks=(practice_get_data_check(), practice_weights_check(), *predict_checks()),
    fixtures=MNIST_AND_WEIGHTS,
    hints=(text("배치에서도 맞으려면 softmax 를 행마다: np.max(a, axis=-1, keepdims=True), np.sum(..., axis=-1, keepdims=True).",
                "To be right on batches too, softmax row by row: np.max(a, axis=-1, keepdims=True), np.sum(..., axis=-1, keepdims=True)."),
           text("은닉층 두 개는 sigmoid, 출력층은 softmax (합이 1 인 확률). 노트의 z3 = sigmoid(a3) 는 쓰지 않는 줄입니다.",
                "The two hidden layers use sigmoid, the output layer softmax (probabilities summing to 1). "
                "The notes' z3 = sigmoid(a3) is an unused line.")),
)
