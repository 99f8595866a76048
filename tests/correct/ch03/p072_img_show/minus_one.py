"""reshape with -1 for the second side.

style: reshape(28, -1)
"""
import numpy as np
from PIL import Image


def img_show(img):
    pil_img = Image.fromarray(np.uint8(img))
    pil_img.show()


def to_28x28(row):
    return np.asarray(row).reshape(28, -1)
