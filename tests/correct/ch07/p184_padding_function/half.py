"""
style: multiplies by 0.5 instead of dividing by 2.
"""


def padding(H: int, S: int, OH: int, FH: int) -> float:
    return 0.5 * (S * (OH - 1) + FH - H)
