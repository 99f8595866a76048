from dataset.mnist import load_mnist
from reference.ch05.p158_backprop_two_layer_net import (
    Affine,
    Relu,
    SoftmaxWithLoss,
    TwoLayerNet,
    cross_entropy_error,
    numerical_gradient,
    softmax,
)
from reference.trainer import train as train_network

__all__ = ["Affine", "Relu", "SoftmaxWithLoss", "TwoLayerNet", "cross_entropy_error", "numerical_gradient", "softmax", "train"]


def train(iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1,
          hidden_size: int = 50) -> tuple[dict, dict]:
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)
    network = TwoLayerNet(input_size=784, hidden_size=hidden_size, output_size=10)
    # The same loop as chapter 4, with the backprop gradient: thousands of times faster than numerical_gradient.
    history = train_network(network, x_train, t_train, x_test, t_test, iters_num, batch_size, learning_rate,
                            grad=network.gradient)
    return network.params, history
