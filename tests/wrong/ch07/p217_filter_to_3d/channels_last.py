"""Mistake: the channel axis moved last before the reshape: (FN, FH * FW, C).

expect: The axes were cut in another order
"""
import numpy as np


def filter_to_3d(f):
    fn, c, fh, fw = f.shape
    return f.transpose(0, 2, 3, 1).reshape(fn, fh * fw, c)
