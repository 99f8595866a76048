"""Your own photo as a NumPy array (not graded: the photo is yours)."""
from pathlib import Path

import numpy as np
from PIL import Image


def read_photo(path: str | Path) -> np.ndarray:
    """The photo's pixels: (height, width, 3) uint8 0-255 (Pillow; matplotlib reads a png as floats 0-1)."""
    with Image.open(path) as photo:
        return np.asarray(photo.convert("RGB"))
