from grader.checks import text
from grader.problems.mnist import MNIST_FIXTURES
from grader.problems.two_layer_net import params_check, stub, weight_init_std_check
from grader.spec import Problem

PROBLEM = Problem(
    id="p128", chapter="ch04", slug="two_layer_net_params",
    title=text("TwoLayerNet의 매개변수 형상", "The shapes of TwoLayerNet's parameters"),
    statement=text("TwoLayerNet 클래스로 객체를 생성하고 W1, W2, b1, b2 의 행렬의 모양을 확인하시오",
                   "Create a TwoLayerNet object and check the shapes of W1, W2, b1, b2."),
    given="network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)",
    example=">>> network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)\n"
            ">>> network.params['W1'].shape, network.params['W2'].shape, network.params['b1'].shape, network.params['b2'].shape\n"
            "((784, 50), (50, 10), (50,), (10,))",
    names=("TwoLayerNet",),
    stub=stub((), ("__init__",)),
    checks=(params_check(), weight_init_std_check(predict=False),),
    fixtures=MNIST_FIXTURES,
    hints=(text("W1은 (입력 크기, 은닉 크기): 입력 한 행(784)에 곱해 은닉 50개를 만듭니다. b1은 은닉 크기만큼.",
                "W1 is (input size, hidden size): it turns one row of 784 inputs into 50 hidden values; b1 has one per hidden unit."),),
)
