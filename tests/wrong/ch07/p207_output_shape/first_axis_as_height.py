"""Mistake: H, W = len(data), len(data[0]): the first two axes (the batch and the channels), not the last two.

expect: len(data) is the first axis' length
"""


def output(data, Filter, S, P):
    H, W = len(data), len(data[0])
    FH, FW = Filter.shape[-2:]
    return (H + 2 * P - FH) // S + 1, (W + 2 * P - FW) // S + 1
