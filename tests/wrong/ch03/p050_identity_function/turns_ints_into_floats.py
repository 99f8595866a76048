"""Mistake: "x * 1.0" looks like the identity but turns an integer array into floats.

expect: The dtype changed
"""


def identity_function(x):
    return x * 1.0
