import numpy as np


def data_shape(data: np.ndarray) -> tuple:
    return data.shape  # (channels, height, width): this data keeps the colour axis first
