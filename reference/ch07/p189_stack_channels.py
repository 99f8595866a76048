import numpy as np


def stack_channels(red: np.ndarray, green: np.ndarray, blue: np.ndarray) -> np.ndarray:
    return np.array([red, green, blue])  # a new first axis: channels first, (3, H, W)
