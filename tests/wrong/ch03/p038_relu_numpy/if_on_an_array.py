"""Mistake: p037's if/else, which cannot decide `x > 0` for a whole array.

expect: cannot judge a whole array
"""


def Relu(x):
    if x > 0:
        return x
    else:
        return 0
