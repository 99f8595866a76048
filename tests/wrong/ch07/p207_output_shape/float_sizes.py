"""Mistake: / instead of //: sizes come out as floats.

expect: Sizes are whole numbers
"""


def output(data, Filter, S, P):
    (H, W), (FH, FW) = data.shape[-2:], Filter.shape[-2:]
    return (H + 2 * P - FH) / S + 1, (W + 2 * P - FW) / S + 1
