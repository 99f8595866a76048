"""Mistake: the notes' answer, img[:, :, 2], keeps the blue channel only (with the axis kept, to get (28, 28, 1)).

expect: Only the blue channel is kept
"""


def to_grayscale(img):
    return img[:, :, 2:3]
