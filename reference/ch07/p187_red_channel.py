import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def red_channel(path: str) -> np.ndarray:
    img_pixel = np.array(Image.open(path))
    red = img_pixel[:, :, 0]  # channels last: R is channel 0 of every pixel
    plt.imshow(red)
    return red
