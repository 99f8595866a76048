"""Mistake: one feature map per channel.

expect: The channels were multiplied in too
"""


def feature_map_count(images, filters, channels):
    return images * filters * channels
