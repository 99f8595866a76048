from grader.checks import text
from grader.problems.mnist import SAMPLE_WEIGHT_FIXTURE, practice_weights_check
from grader.spec import Problem

PROBLEM = Problem(
    id="p075", chapter="ch03", slug="load_sample_weight",
    title=text("init_network(): 학습된 가중치 불러오기", "init_network(): load the trained weights"),
    statement=text("mnist 필기체 데이터를 위해 신경망에서 사용할 가중치 (weight) 와 bias 가 셋팅되어 있는 sample_weight.pkl 을 "
                   "로드하는 함수를 init_network() 라는 이름으로 생성하시오 (p.100)",
                   "Create a function init_network() that loads sample_weight.pkl, which holds the weights and biases "
                   "for the MNIST network (p.100)."),
    given="network = init_network()\nfor key in ('W1', 'W2', 'W3', 'b1', 'b2', 'b3'):\n    print(network[key].shape)\n"
          "채점할 때는 같은 이름·형상의 연습용 가중치를 읽습니다. / Grading reads practice weights of the same names and shapes.",
    example="(784, 50)\n(50, 100)\n(100, 10)\n(50,)\n(100,)\n(10,)",
    names=("init_network",),
    stub='''
import numpy as np
from dataset.sample_weight import load_sample_weight


def init_network() -> dict[str, np.ndarray]:
    """The book's trained weights as a dict: 'W1', 'b1', 'W2', 'b2', 'W3', 'b3'.

    Use load_sample_weight(): it downloads sample_weight.pkl once and reads it safely. (The book opens the
    pickle with pickle.load, which runs any code a pickle file names: never do that with a downloaded file.)
    """
    raise NotImplementedError
''',
    checks=(practice_weights_check(),),
    fixtures=(SAMPLE_WEIGHT_FIXTURE,),
    hints=(text("network = load_sample_weight() 후 return network.", "network = load_sample_weight(), then return network."),),
)
