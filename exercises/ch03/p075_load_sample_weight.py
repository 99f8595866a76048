"""p075 · init_network(): 학습된 가중치 불러오기 (init_network(): load the trained weights)

[문제]
mnist 필기체 데이터를 위해 신경망에서 사용할 가중치 (weight) 와 bias 가 셋팅되어 있는 sample_weight.pkl 을 로드하는 함수를 init_network() 라는 이름으로 생성하시오 (p.100)

[Problem]
Create a function init_network() that loads sample_weight.pkl, which holds the weights and biases for the MNIST network (p.100).

주어진 것 / Given:
    network = init_network()
    for key in ('W1', 'W2', 'W3', 'b1', 'b2', 'b3'):
        print(network[key].shape)
    채점할 때는 같은 이름·형상의 연습용 가중치를 읽습니다. / Grading reads practice weights of the same names and shapes.

예시 / Example:
    (784, 50)
    (50, 100)
    (100, 10)
    (50,)
    (100,)
    (10,)

힌트 / Hints: grade hint p075

채점 / Grade: grade p075
"""
import numpy as np
from dataset.sample_weight import load_sample_weight


def init_network() -> dict[str, np.ndarray]:
    """The book's trained weights as a dict: 'W1', 'b1', 'W2', 'b2', 'W3', 'b3'.

    Use load_sample_weight(): it downloads sample_weight.pkl once and reads it safely. (The book opens the
    pickle with pickle.load, which runs any code a pickle file names: never do that with a downloaded file.)
    """
    raise NotImplementedError
