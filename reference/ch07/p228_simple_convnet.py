from reference.layers import Affine, Convolution, Pooling, Relu, SoftmaxWithLoss
from reference.simple_convnet import SimpleConvNet, train_on_mnist
from reference.util import col2im, im2col

__all__ = ["Affine", "Convolution", "Pooling", "Relu", "SimpleConvNet", "SoftmaxWithLoss", "col2im", "im2col", "train"]


def train(filter_num: int = 30, hidden_size: int = 100, iters_num: int = 10000, batch_size: int = 100,
          learning_rate: float = 0.1, weight_init_std: float = 0.01) -> tuple[dict, dict]:
    network = SimpleConvNet(input_dim=(1, 28, 28),
                            conv_param={"filter_num": filter_num, "filter_size": 5, "pad": 0, "stride": 1},
                            hidden_size=hidden_size, output_size=10, weight_init_std=weight_init_std)
    return train_on_mnist(network, iters_num, batch_size, learning_rate)
