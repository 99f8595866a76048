"""Mistake: the padding added once, as if only one side were padded.

expect: The padding was added on one side only
"""


def conv_output_size(h, fh, s=1, p=0):
    return (h + p - fh) // s + 1
