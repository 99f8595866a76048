from reference.ch06.p166_adam import Adam, Affine, Relu, SoftmaxWithLoss, TwoLayersNet
from reference.trainer import fit

__all__ = ["Adam", "Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]


def train(optimizer: Adam, iters_num: int = 10000, batch_size: int = 100, weight_init_std: float = 0) -> tuple[dict, dict]:
    """weight_init_std=0: every hidden unit starts, and stays, the same as the others."""
    return fit(TwoLayersNet(784, 50, 50, 10, weight_init_std), iters_num, batch_size, optimizer=optimizer)
