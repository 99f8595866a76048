from reference.simple_convnet import DeeperConvNet as SimpleConvNet
from reference.simple_convnet import train_on_mnist

__all__ = ["SimpleConvNet", "train"]


def train(filter_num: int = 30, hidden_size: int = 100, iters_num: int = 10000, batch_size: int = 100,
          learning_rate: float = 0.1, weight_init_std: float = 0.01) -> tuple[dict, dict]:
    network = SimpleConvNet((1, 28, 28), {"filter_num": filter_num, "filter_size": 5, "pad": 0, "stride": 1},
                            {"filter_num": filter_num, "filter_size": 3, "pad": 1, "stride": 1}, hidden_size, 10, weight_init_std)
    return train_on_mnist(network, iters_num, batch_size, learning_rate)
