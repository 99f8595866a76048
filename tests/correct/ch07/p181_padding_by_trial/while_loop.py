"""
style: a while loop that grows P until the formula gives the wanted size.
"""


def needed_padding(h: int, fh: int, oh: int) -> int:
    p = 0
    while h + 2 * p - fh + 1 != oh:
        p += 1
    return p
