import numpy as np

from reference.ch06.p166_adam import Adam, Affine, Relu, SoftmaxWithLoss
from reference.layers import BatchNormalization
from reference.multi_layer_net import TwoLayersNet as NotesNet
from reference.trainer import fit

__all__ = ["Adam", "Affine", "BatchNormalization", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]


class TwoLayersNet(NotesNet):
    """Affine → BatchNorm → Relu twice, then Affine; gamma and beta are trained with the weights."""

    def __init__(self, input_size: int, hidden_size_1: int, hidden_size_2: int, output_size: int,
                 weight_init_std: float = 0.02) -> None:
        super().__init__(input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std, use_batchnorm=True)

    def loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool = True) -> float:
        """The training loss, as the notes' loss: on the batch's own statistics (accuracy evaluates with train_flg=False)."""
        return super().loss(x, t, train_flg)


def train(optimizer: Adam, iters_num: int = 10000, batch_size: int = 100) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, 50, 50, 10), iters_num, batch_size, optimizer=optimizer)
