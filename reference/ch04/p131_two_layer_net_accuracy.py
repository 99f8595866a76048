from dataset.mnist import load_mnist
from reference.functions import cross_entropy_error as crossEntropyError
from reference.functions import sigmoid, softmax
from reference.two_layer_net import TwoLayerNet

__all__ = ["TwoLayerNet", "crossEntropyError", "first_batch_scores", "sigmoid", "softmax"]


def first_batch_scores() -> tuple[float, float]:
    (x_train, t_train), _ = load_mnist(normalize=True, one_hot_label=True)
    network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    x, t = x_train[:100], t_train[:100]
    return network.loss(x, t), network.accuracy(x, t)
