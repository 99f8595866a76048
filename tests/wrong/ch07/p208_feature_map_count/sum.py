"""Mistake: photos and filters added, not multiplied.

expect: That is a sum
"""
import numpy as np


def feature_map_count(images, filters, channels):
    return images + filters
