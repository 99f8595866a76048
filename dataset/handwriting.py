"""A photo of a digit written on paper, turned into an image MNIST's network can read.

MNIST images are not photos: they are 28x28, white ink on black, scaled 0-1, and the digit is fitted in
a 20x20 box whose centre of mass sits at the centre of the 28x28 frame. A photo (dark ink on bright,
unevenly lit paper, the digit anywhere) has to be brought to that convention first, or the network
sees something it was never trained on.

    from dataset.handwriting import to_mnist
    x = to_mnist("number3.jpg")          # (28, 28) float32; x.reshape(784) goes into predict
"""
from __future__ import annotations

import os

import numpy as np
from PIL import Image

BOX = 20    # MNIST fits the digit's bounding box in 20x20 ...
FRAME = 28  # ... inside a 28x28 frame

__all__ = ["grayscale", "to_mnist"]


def grayscale(image: str | os.PathLike | Image.Image | np.ndarray) -> np.ndarray:
    """Any picture (a file path, a PIL image, or an (H, W) / (H, W, 3|4) array) as an (H, W) float array in 0-1.

    Colours are weighted as the eye sees them (ITU-R 601: 0.299 R + 0.587 G + 0.114 B, as PIL and OpenCV do).
    """
    if isinstance(image, (str, os.PathLike)):
        with Image.open(image) as opened:
            image = opened.convert("RGB")
    array = np.asarray(image, dtype=np.float64)
    if array.ndim == 3:
        array = array[..., :3] @ np.array([0.299, 0.587, 0.114])  # an alpha channel, if any, is dropped
    if array.ndim != 2:
        raise ValueError(f"expected an image of shape (H, W) or (H, W, 3), got {np.shape(image)}")
    return array / 255.0 if array.max() > 1.0 else array


def _ink(gray: np.ndarray) -> np.ndarray:
    """Ink as 0-1 on a 0 background: inverted when the paper is bright, paper level and speckle removed."""
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    ink = 1.0 - gray if np.median(border) > 0.5 else gray.copy()
    paper, darkest = np.median(ink), np.percentile(ink, 99.9)
    if darkest - paper < 0.1:
        raise ValueError("no digit found: the picture is almost uniform")
    # Anything within 30% of the way from paper to ink is paper: shadows, grain and JPEG noise.
    cut = paper + 0.3 * (darkest - paper)
    return np.clip((ink - cut) / (darkest - cut), 0.0, 1.0)


def _bounding_box(ink: np.ndarray) -> tuple[slice, slice]:
    # Rows/columns holding a real share of the ink, so that a stray speck does not stretch the box.
    rows = np.flatnonzero(ink.sum(axis=1) > 0.02 * ink.sum(axis=1).max())
    cols = np.flatnonzero(ink.sum(axis=0) > 0.02 * ink.sum(axis=0).max())
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def _shift(image: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """Move the image by whole pixels, filling with background (np.roll would wrap ink around)."""
    moved = np.zeros_like(image)
    h, w = image.shape
    moved[max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)] = \
        image[max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]
    return moved


def to_mnist(image: str | os.PathLike | Image.Image | np.ndarray) -> np.ndarray:
    """A photo of one digit as a (28, 28) float32 array in MNIST's convention (white on black, 0-1, centred)."""
    ink = _ink(grayscale(image))
    digit = ink[_bounding_box(ink)]
    scale = BOX / max(digit.shape)  # the longer side becomes 20 pixels; the aspect ratio is kept
    size = (max(1, round(digit.shape[1] * scale)), max(1, round(digit.shape[0] * scale)))
    small = np.asarray(Image.fromarray(digit.astype(np.float32)).resize(size, Image.LANCZOS))
    frame = np.zeros((FRAME, FRAME), dtype=np.float32)
    top, left = (FRAME - small.shape[0]) // 2, (FRAME - small.shape[1]) // 2
    frame[top:top + small.shape[0], left:left + small.shape[1]] = np.clip(small, 0.0, 1.0)
    # Then, like MNIST, put the centre of mass (not the box) at the centre of the frame.
    ys, xs = np.indices(frame.shape)
    mass = frame.sum()
    dy, dx = round(FRAME / 2 - 0.5 - (ys * frame).sum() / mass), round(FRAME / 2 - 0.5 - (xs * frame).sum() / mass)
    return _shift(frame, dy, dx) / max(frame.max(), 1e-12)
