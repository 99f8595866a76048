from grader.checks import text
from grader.problems.cnn import convnet_checks, convnet_stub
from grader.problems.mnist import MNIST_FIXTURES, PRACTICE_NOTE
from grader.spec import Problem

PROBLEM = Problem(
    id="p228", chapter="ch07", slug="simple_convnet",
    title=text("간단한 CNN (SimpleConvNet) 구현과 학습", "The simple CNN (SimpleConvNet), built and trained"),
    statement=text("위의 간단한 CNN 구현 코드를 구현하시오 (conv - relu - pool - affine - relu - affine - softmax. train() 은 "
                   "network.params 의 모든 매개변수를 갱신합니다: 노트의 반복문은 W3, b3 을 빠뜨렸습니다.)",
                   "Implement the simple CNN code above (conv - relu - pool - affine - relu - affine - softmax. train() updates "
                   "every parameter in network.params: the notes' loop leaves out W3 and b3.)"),
    given="SimpleConvNet(input_dim=(1, 28, 28), conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0, 'stride': 1}, "
          "hidden_size=100, output_size=10, weight_init_std=0.01)\niters_num = 10000; batch_size = 100; learning_rate = 0.1",
    example=">>> params, history = train(30, 100, 10000, 100, 0.1)   # CPU 로 오래 걸립니다 / slow on a CPU\n"
            "# 채점은 필터 4개, 은닉 20, 60번 반복 (weight_init_std=0.2) 으로 짧게 학습합니다.\n"
            "# The grader trains briefly: 4 filters, 20 hidden units, 60 steps (weight_init_std=0.2).\n" + PRACTICE_NOTE,
    names=("SimpleConvNet", "train"),
    stub=convnet_stub("simple"),
    checks=convnet_checks("simple"),
    autograded="partly",
    self_check=text("history['train_acc'] 와 history['test_acc'] 를 에폭마다 그래프로 그려 (plt.ylim(0, 1.0)) 정확도가 함께 오르는지, "
                    "save_params 로 저장한 매개변수를 load_params 로 다시 읽어 같은 정확도가 나오는지 보세요.",
                    "Plot history['train_acc'] and history['test_acc'] per epoch (plt.ylim(0, 1.0)) and see them rise together; "
                    "save the parameters with save_params, read them back with load_params and get the same accuracy."),
    time_limit=30.0,
    fixtures=MNIST_FIXTURES,
    hints=(text("for key in network.params: network.params[key] -= learning_rate * grad[key] (W3, b3 까지 모두).",
                "for key in network.params: network.params[key] -= learning_rate * grad[key] (W3 and b3 included)."),
           text("gradient: self.loss(x, t); dout = self.last_layer.backward(1); 계층을 거꾸로 돌며 dout = layer.backward(dout); "
                "grads['W1'], grads['b1'] = self.layers['Conv1'].dW, self.layers['Conv1'].db (Affine1 → W2, Affine2 → W3).",
                "gradient: self.loss(x, t); dout = self.last_layer.backward(1); going through the layers in reverse, dout = "
                "layer.backward(dout); grads['W1'], grads['b1'] = self.layers['Conv1'].dW, self.layers['Conv1'].db (Affine1 → W2, Affine2 → W3).")),
)
