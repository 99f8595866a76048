from reference.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from reference.multi_layer_net import TwoLayersNet as NotesNet
from reference.trainer import fit

__all__ = ["Affine", "Relu", "Sigmoid", "SoftmaxWithLoss", "TwoLayersNet", "train"]


class TwoLayersNet(NotesNet):
    """p159's network with the hidden activation chosen by name: 'relu' or 'sigmoid'."""

    def __init__(self, input_size: int, hidden_size_1: int, hidden_size_2: int, output_size: int,
                 weight_init_std: float = 0.02, activation: str = "relu") -> None:
        super().__init__(input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std, activation=activation)


def train(activation: str = "relu", iters_num: int = 10000, batch_size: int = 100,
          learning_rate: float = 0.1) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, 50, 100, 10, activation=activation), iters_num, batch_size, learning_rate)
