import numpy as np


def conv3d_step(window: np.ndarray, filt: np.ndarray) -> int:
    rst = 0
    for i in range(len(window)):  # every channel adds its products into the same one number
        rst += np.sum(window[i] * filt[i])
    return rst
