"""Mistake: divides with //, so the decimals of 8.6 are lost.

expect: Integer division (//) dropped the decimals
"""


def mean_of(a):
    return sum(a) // len(a)
