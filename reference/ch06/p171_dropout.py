from reference.ch06.p166_adam import Adam, Affine, Relu, SoftmaxWithLoss
from reference.layers import Dropout
from reference.multi_layer_net import TwoLayersNet as NotesNet
from reference.trainer import fit

__all__ = ["Adam", "Affine", "Dropout", "Relu", "SoftmaxWithLoss", "TwoLayersNet", "train"]


class TwoLayersNet(NotesNet):
    """A Dropout layer after each hidden ReLU; predict(x) evaluates with every unit (train_flg=False)."""

    def __init__(self, input_size: int, hidden_size_1: int, hidden_size_2: int, output_size: int,
                 weight_init_std: float = 0.02, dropout_ratio: float = 0.15) -> None:
        super().__init__(input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std,
                         use_dropout=True, dropout_ratio=dropout_ratio)


def train(optimizer: Adam, iters_num: int = 10000, batch_size: int = 100) -> tuple[dict, dict]:
    return fit(TwoLayersNet(784, 50, 50, 10), iters_num, batch_size, optimizer=optimizer)
