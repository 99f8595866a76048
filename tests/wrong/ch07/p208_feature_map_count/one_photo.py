"""Mistake: the maps of one photo: the photos are not multiplied in.

expect: That is the count for one photo
"""
import numpy as np


def feature_map_count(images, filters, channels):
    return filters
