from dataset.mnist import load_mnist


def train_ndims(flatten: bool) -> tuple[int, int]:
    """Axes of x_train ((images, 784) or (images, 1, 28, 28)) and of t_train ((images,))."""
    (x_train, t_train), _ = load_mnist(flatten=flatten, normalize=False)
    return x_train.ndim, t_train.ndim
