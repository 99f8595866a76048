import numpy as np


def forward(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.dot(X, W) + b
    return out  # returned, not printed: the caller decides what to do with it
