"""The book's neuralnet_mnist.py: the weights unpickled from sample_weight.pkl beside this file, softmax row by row.

style: the book's code, pickle.load from the file's own folder, weights unpacked into W1..b3
"""
import os
import pickle

import numpy as np
from dataset.mnist import load_mnist
def sigmoid(x):
    return 1 / (1 + np.exp(-x))
def softmax(a):
    c = np.max(a, axis=-1, keepdims=True)
    e = np.exp(a - c)
    return e / np.sum(e, axis=-1, keepdims=True)
def get_data():
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test
def init_network():
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample_weight.pkl"), "rb") as f:
        network = pickle.load(f)
    return network
def predict(network, x):
    W1, W2, W3 = network['W1'], network['W2'], network['W3']
    b1, b2, b3 = network['b1'], network['b2'], network['b3']
    a1 = np.dot(x, W1) + b1
    z1 = sigmoid(a1)
    a2 = np.dot(z1, W2) + b2
    z2 = sigmoid(a2)
    a3 = np.dot(z2, W3) + b3
    y = softmax(a3)
    return y
