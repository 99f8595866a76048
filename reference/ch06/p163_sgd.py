from reference.layers import Affine, Relu, SoftmaxWithLoss
from reference.multi_layer_net import TwoLayersNet
from reference.optimizer import SGD, watch_updates
from reference.trainer import fit

__all__ = ["SGD", "Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train", "watch_updates"]


def train(optimizer: SGD, iters_num: int = 10000, batch_size: int = 100) -> tuple[dict, dict]:
    """Any optimizer with update(params, grads) will do: p164-p166 reuse this with theirs."""
    return fit(TwoLayersNet(784, 50, 50, 10), iters_num, batch_size, optimizer=optimizer)
