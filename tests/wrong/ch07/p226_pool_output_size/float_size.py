"""Mistake: true division without int(): 12.0, not 12.

expect: Not an integer
"""


def pool_output_size(h, pool_h, stride):
    return 1 + (h - pool_h) / stride
