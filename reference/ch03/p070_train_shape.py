from dataset.mnist import load_mnist


def train_shape(flatten: bool) -> tuple[int, ...]:
    """(images, 784) flattened; else (images, 1 channel, 28 rows, 28 columns)."""
    (x_train, _), _ = load_mnist(flatten=flatten, normalize=False)
    return x_train.shape
