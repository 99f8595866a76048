from reference.ch06.p166_adam import Adam, Affine, Relu, SoftmaxWithLoss
from reference.multi_layer_net import TwoLayersNet as NotesNet
from reference.trainer import fit

__all__ = ["Adam", "Affine", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]


class TwoLayersNet(NotesNet):
    """The loss gains 0.5·λ·ΣW², so every weight's gradient gains λ·W (MultiLayerNet does both)."""

    def __init__(self, input_size: int, hidden_size_1: int, hidden_size_2: int, output_size: int,
                 weight_init_std: float = 0.02, weight_decay_lambda: float = 0.001) -> None:
        super().__init__(input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std,
                         weight_decay_lambda=weight_decay_lambda)


def train(optimizer: Adam, iters_num: int = 10000, batch_size: int = 100) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, 50, 50, 10), iters_num, batch_size, optimizer=optimizer)
