"""Mistake: prints the shapes, as the notes do, and forgets to return the network.

expect: It returned nothing (None)
"""
from dataset.sample_weight import load_sample_weight


def init_network():
    network = load_sample_weight()
    for key in ("W1", "W2", "W3", "b1", "b2", "b3"):
        print(network[key].shape)
