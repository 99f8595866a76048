from grader.checks import text
from grader.problems.cnn import convnet_checks, convnet_stub
from grader.problems.mnist import MNIST_FIXTURES, PRACTICE_NOTE
from grader.spec import Problem

PROBLEM = Problem(
    id="p229", chapter="ch07", slug="xavier_convnet",
    title=text("Xavier 초깃값을 쓴 CNN", "The CNN with Xavier initial weights"),
    statement=text("위의 CNN 신경망 코드에 가중치 초기화 선정인 Xavier 를 적용해서 테스트하시오",
                   "Apply Xavier weight initialisation to the CNN code above and test it."),
    given="W1 std = sqrt(1/input_dim[1]), W2 std = sqrt(1/pool_output_size), W3 std = sqrt(1/hidden_size)",
    example=">>> params, history = train(30, 100, 10000, 100, 0.1)\n"
            "# 노트 (전체 MNIST): train acc, test acc | 0.157, 0.161 → 0.96, 0.9607 → 0.972, 0.970\n"
            "# The notes (full MNIST): train acc, test acc | 0.157, 0.161 → 0.96, 0.9607 → 0.972, 0.970\n"
            "# 채점은 필터 4개, 은닉 20, 60번 반복 / the grader trains 4 filters, 20 hidden units, 60 steps.\n" + PRACTICE_NOTE,
    names=("SimpleConvNet", "train"),
    stub=convnet_stub("xavier"),
    checks=convnet_checks("xavier"),
    autograded="partly",
    self_check=text("weight_init_std=0.01 일 때와 Xavier 일 때의 history['train_loss'] 를 한 그래프에 그려, Xavier 쪽이 처음부터 빨리 "
                    "줄어드는지 비교하세요.",
                    "Plot history['train_loss'] for weight_init_std=0.01 and for Xavier on one graph, and see the Xavier one "
                    "fall fast from the start."),
    time_limit=30.0,
    fixtures=MNIST_FIXTURES,
    hints=(text("self.params['W1'] = np.sqrt(1 / input_dim[1]) * np.random.randn(filter_num, input_dim[0], filter_size, filter_size). "
                "노트의 줄 끝 'W' 는 줄 잇기 기호 (\\) 가 깨진 것입니다.",
                "self.params['W1'] = np.sqrt(1 / input_dim[1]) * np.random.randn(filter_num, input_dim[0], filter_size, filter_size). "
                "The 'W' at the notes' line ends is a broken line continuation (\\)."),),
)
