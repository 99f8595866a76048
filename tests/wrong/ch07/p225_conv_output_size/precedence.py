"""Mistake: the notes' (28 + 2*0 - 5 / 1) + 1: only FH is divided by the stride.

expect: Only FH was divided
"""
def conv_output_size(h, fh, s=1, p=0):
    return int((h + 2 * p - fh / s) + 1)
