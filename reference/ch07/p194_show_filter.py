import matplotlib.pyplot as plt
import numpy as np


def show_filter(filt: np.ndarray) -> None:
    picture = filt.transpose(1, 2, 0)  # (C, H, W) -> (H, W, C): imshow reads the last axis as R, G, B
    span = picture.max() - picture.min()
    plt.imshow((picture - picture.min()) / (span or 1))  # rescaled to 0-1, so -1 is not clipped away
