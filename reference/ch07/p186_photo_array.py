import numpy as np
from PIL import Image


def photo_array(path: str) -> np.ndarray:
    img = Image.open(path)
    return np.array(img)  # (height, width, 3) uint8: channels last, as every photo file stores them
