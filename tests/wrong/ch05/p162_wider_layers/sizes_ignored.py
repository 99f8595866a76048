"""Mistake: train keeps the old 50-100 network whatever sizes it is given.

expect: weight shapes
"""
import numpy as np


class TwoLayersNet:
    def __init__(self, input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=0.02):
        self.params = {'W1': weight_init_std * np.random.randn(input_size, hidden_size_1), 'b1': np.zeros(hidden_size_1),
                       'W2': weight_init_std * np.random.randn(hidden_size_1, hidden_size_2), 'b2': np.zeros(hidden_size_2),
                       'W3': weight_init_std * np.random.randn(hidden_size_2, output_size), 'b3': np.zeros(output_size)}


def train(hidden_size_1=100, hidden_size_2=100, iters_num=10000, batch_size=100, learning_rate=0.1):
    network = TwoLayersNet(784, 50, 100, 10)  # the sizes asked for are not used
    return network.params, {"train_loss": [], "train_acc": [], "test_acc": []}


class NotWritten:  # the parts this mistake is not about
    def __init__(self, *args, **kwargs):
        raise NotImplementedError


Relu = Affine = SoftmaxWithLoss = NotWritten
