"""load_mnist with its keywords, the result indexed.

style: indexing the returned tuples
"""
from dataset.mnist import load_mnist


def load_train_images():
    return load_mnist(normalize=False, flatten=True)[0][0]
