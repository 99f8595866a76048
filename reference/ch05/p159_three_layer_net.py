from reference.layers import Affine, Relu, SoftmaxWithLoss
from reference.multi_layer_net import TwoLayersNet
from reference.trainer import fit

__all__ = ["Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]


def train(iters_num: int = 10000, batch_size: int = 100, learning_rate: float = 0.1) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, 50, 100, 10), iters_num, batch_size, learning_rate)
