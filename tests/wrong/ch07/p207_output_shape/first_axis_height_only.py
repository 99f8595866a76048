"""Mistake: the height from len(data) (the first axis), the width from the last axis.

expect: len(data) is the first axis' length
"""


def output(data, Filter, S, P):
    H, W = len(data), data.shape[-1]
    FH, FW = Filter.shape[-2:]
    return (H + 2 * P - FH) // S + 1, (W + 2 * P - FW) // S + 1
