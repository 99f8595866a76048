import numpy as np

from dataset.handwriting import grayscale


def to_grayscale(img: np.ndarray) -> np.ndarray:
    """(H, W, 3) → (H, W, 1): the eye-weighted sum of the channels, plus a channel axis of length 1."""
    gray = np.asarray(img, dtype=float) @ np.array([0.299, 0.587, 0.114])  # ITU-R 601, as PIL and OpenCV
    return gray[:, :, np.newaxis]


__all__ = ["grayscale", "to_grayscale"]  # dataset.handwriting.grayscale does the same for files, scaled 0-1
