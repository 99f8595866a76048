import numpy as np

from reference.functions import cross_entropy_error as crossEntropyError
from reference.functions import sigmoid, softmax
from reference.gradient import numerical_gradient
from reference.trainer import train as train_network
from reference.two_layer_net import TwoLayerNet

__all__ = ["TwoLayerNet", "crossEntropyError", "numerical_gradient", "sigmoid", "softmax", "train"]


def train(x_train: np.ndarray, t_train: np.ndarray, x_test: np.ndarray, t_test: np.ndarray,
          hidden_size: int = 50, iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1) -> tuple[dict, dict]:
    network = TwoLayerNet(x_train.shape[1], hidden_size, t_train.shape[1])
    history = train_network(network, x_train, t_train, x_test, t_test, iters_num, batch_size, learning_rate)
    return network.params, history
