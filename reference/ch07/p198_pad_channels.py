import numpy as np

from reference.convolution import pad


def pad_channels(data: np.ndarray, p: int) -> np.ndarray:
    return pad(data, p)  # np.pad(data, ((0, 0), (p, p), (p, p))): height and width only, never the channels
