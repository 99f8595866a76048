from typing import Any

from reference.simple_convnet import SimpleConvNet as BookConvNet
from reference.simple_convnet import train_on_mnist


class SimpleConvNet(BookConvNet):
    """The book's net with the course's Xavier initial weights (weight_init_std is not used)."""

    def __init__(self, input_dim: Any = (1, 28, 28), conv_param: Any = None, hidden_size: int = 100,
                 output_size: int = 10, weight_init_std: float = 0.01) -> None:
        super().__init__(input_dim, conv_param, hidden_size, output_size, weight_init_std="xavier")


def train(filter_num: int = 30, hidden_size: int = 100, iters_num: int = 10000, batch_size: int = 100,
          learning_rate: float = 0.1) -> tuple[dict, dict]:
    network = SimpleConvNet((1, 28, 28), {"filter_num": filter_num, "filter_size": 5, "pad": 0, "stride": 1}, hidden_size, 10)
    return train_on_mnist(network, iters_num, batch_size, learning_rate)
