import numpy as np
from PIL import Image


def img_show(img: np.ndarray) -> None:
    """The book's helper: open the (28, 28) picture in the image viewer."""
    Image.fromarray(np.uint8(img)).show()


def to_28x28(row: np.ndarray) -> np.ndarray:
    """A flattened image back as 28 rows of 28: MNIST stores pixels row by row, as reshape reads them."""
    return row.reshape(28, 28)
