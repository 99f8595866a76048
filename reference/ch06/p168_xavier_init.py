from reference.ch06.p166_adam import Adam, Affine, Relu, SoftmaxWithLoss
from reference.multi_layer_net import with_init
from reference.trainer import fit

__all__ = ["Adam", "Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]

TwoLayersNet = with_init("xavier")  # every layer's scale from its fan-in


def train(optimizer: Adam, iters_num: int = 10000, batch_size: int = 100) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, 50, 50, 10), iters_num, batch_size, optimizer=optimizer)
