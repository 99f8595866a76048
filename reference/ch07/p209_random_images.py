import numpy as np


def random_images(n: int, c: int, h: int, w: int) -> np.ndarray:
    return np.random.rand(n, c, h, w)  # uniform in [0, 1), axes (number, channels, height, width)
