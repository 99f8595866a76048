"""
style: Pillow's convert("RGB") and np.asarray instead of np.array.
"""
import numpy as np
from PIL import Image


def photo_array(path: str) -> np.ndarray:
    with Image.open(path) as img:
        return np.asarray(img.convert("RGB")).copy()
