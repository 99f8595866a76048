from reference.ch05.p159_three_layer_net import (
    Affine,
    Relu,
    SoftmaxWithLoss,
    TwoLayersNet,
)
from reference.trainer import fit

__all__ = ["Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]


def train(hidden_size_1: int = 100, hidden_size_2: int = 100, iters_num: int = 10000, batch_size: int = 100,
          learning_rate: float = 0.1) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, hidden_size_1, hidden_size_2, 10), iters_num, batch_size, learning_rate)
