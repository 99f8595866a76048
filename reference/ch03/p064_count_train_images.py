from dataset.mnist import load_mnist


def count_train_images() -> int:
    """How many training images there are: the length of the first axis."""
    (x_train, _), _ = load_mnist(flatten=True, normalize=False)
    return len(x_train)
