import numpy as np


def max_pool_by_hand(image: np.ndarray) -> np.ndarray:
    """As by hand: window by window, two steps at a time, the largest of its four values."""
    h, w = image.shape
    out = np.zeros((h // 2, w // 2), dtype=image.dtype)
    for i in range(0, h, 2):
        for j in range(0, w, 2):
            out[i // 2, j // 2] = image[i:i + 2, j:j + 2].max()
    return out
