"""float32 weights kept, the tanh sigmoid, row softmax with np.newaxis.

style: float32 kept
"""
import numpy as np
from dataset.mnist import load_mnist


def sigmoid(x):
    return 0.5 * (1 + np.tanh(0.5 * x))


def softmax(a):
    shifted = a - a.max(axis=-1)[..., np.newaxis]
    e = np.exp(shifted)
    return e / e.sum(axis=-1)[..., np.newaxis]


def crossEntropyError(y, t):
    return float(-np.sum(t * np.log(y + 1e-7)) / y.shape[0])


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        rng_w1 = np.random.randn(input_size, hidden_size)
        rng_w2 = np.random.randn(hidden_size, output_size)
        self.params = {'W1': (weight_init_std * rng_w1).astype(np.float32), 'b1': np.zeros(hidden_size, np.float32),
                       'W2': (weight_init_std * rng_w2).astype(np.float32), 'b2': np.zeros(output_size, np.float32)}

    def predict(self, x):
        hidden = sigmoid(x @ self.params['W1'] + self.params['b1'])
        return softmax(hidden @ self.params['W2'] + self.params['b2'])

    def loss(self, x, t):
        return crossEntropyError(self.predict(x), t)

    def accuracy(self, x, t):
        return float(np.mean(self.predict(x).argmax(axis=1) == t.argmax(axis=1)))


def first_batch_scores():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)
    network = TwoLayerNet(784, 50, 10)
    return network.loss(x_train[:100], t_train[:100]), network.accuracy(x_train[:100], t_train[:100])
