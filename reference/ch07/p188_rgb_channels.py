import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def rgb_channels(path: str) -> tuple:
    img_pixel = np.array(Image.open(path))
    channels = tuple(img_pixel[:, :, i] for i in range(3))  # R, G, B
    for i, (name, channel) in enumerate(zip(("Red", "Green", "Blue"), channels)):
        plt.subplot(1, 3, i + 1)  # one place each: imshow on the same axes would hide the earlier ones
        plt.imshow(channel, cmap="gray")
        plt.title(name)
    return channels
