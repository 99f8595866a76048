"""The book's own init_network (neuralnet_mnist.py): pickle.load of sample_weight.pkl from the current folder.

style: the book's code, open("sample_weight.pkl", "rb") + pickle.load
"""
import pickle


def init_network():
    with open("sample_weight.pkl", "rb") as f:
        network = pickle.load(f)
    return network
