"""Mistake: reshape(3, 3, 3) fixed.

expect: The shape is fixed as (3, 3, 3)
"""


def to_filter(flat):
    return flat.reshape(3, 3, 3)
