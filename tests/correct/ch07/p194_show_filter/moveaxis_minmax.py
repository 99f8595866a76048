"""
style: np.moveaxis to put channels last, min-max scaling written with np.ptp.
"""
import matplotlib.pyplot as plt
import numpy as np


def show_filter(filt: np.ndarray) -> None:
    picture = np.moveaxis(filt.astype(float), 0, -1)
    span = np.ptp(picture)
    plt.imshow((picture - picture.min()) / span if span else np.zeros_like(picture))
