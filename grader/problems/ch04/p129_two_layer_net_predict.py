from grader.checks import Example, text
from grader.problems.mnist import MNIST_FIXTURES
from grader.problems.two_layer_net import batch_checks, stub, weight_init_std_check
from grader.spec import Problem

PROBLEM = Problem(
    id="p129", chapter="ch04", slug="two_layer_net_predict",
    title=text("TwoLayerNet.predict 결과의 형상", "The shape of TwoLayerNet.predict's result"),
    statement=text("TwoLayerNet 클래스의 객체를 생성하고 predict 메소드를 실행하여 나온 결과의 행렬의 shape를 출력하시오",
                   "Create a TwoLayerNet object, run the predict method and print the shape of the result."),
    given="(x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)\n"
          "network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)\nnetwork.predict(x_train[:100])",
    example=">>> prediction_shape()\n(100, 10)",
    names=("TwoLayerNet", "prediction_shape"),
    stub=stub(("sigmoid", "softmax"), ("__init__", "predict"), mnist=True) + '''


def prediction_shape() -> tuple:
    """The shape of network.predict(x_train[:100]) for a new TwoLayerNet(784, 50, 10) and MNIST (normalize=True)."""
    raise NotImplementedError
''',
    checks=(
        Example("prediction_shape", (), (100, 10), title=text("MNIST 100장: (100, 10)", "100 MNIST images: (100, 10)")),
        batch_checks(("predict",)),
        weight_init_std_check(),
    ),
    fixtures=MNIST_FIXTURES,
    hints=(text("x_train[:100]만 predict 하세요: 노트처럼 60000장 전체를 예측한 뒤 자르면 훨씬 느립니다.",
                "Predict x_train[:100] only: predicting all 60,000 images and slicing afterwards, as the notes do, is far slower."),),
)
