"""
style: the formula rearranged differently: (FH - H + (OH - 1) * S) / 2, written in two steps.
"""


def padding_for(h: int, fh: int, oh: int, s: int) -> float:
    twice = fh - h + (oh - 1) * s
    return twice / 2
