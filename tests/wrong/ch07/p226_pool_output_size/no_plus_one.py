"""Mistake: the + 1 is left out.

expect: The + 1 is missing
"""
def pool_output_size(h, pool_h, stride):
    return int((h - pool_h) / stride)
