"""Mistake: the plain mean of the three channels, not the weighted 0.299 R + 0.587 G + 0.114 B.

expect: That is the plain mean of the channels
"""
import numpy as np


def to_grayscale(img):
    return img.mean(axis=-1, keepdims=True)
