"""Mistake: AND built with the threshold of OR (0.2) kept, so one input of 1 is enough: the gate is OR.

expect: It behaves like OR, not AND
"""


def AND(x1, x2):
    w1, w2, theta = 0.5, 0.5, 0.2
    return 1 if x1 * w1 + x2 * w2 > theta else 0
