"""Mistake: (F - 1) / 2, the rule of thumb for stride 1.

expect: The stride is left out
"""


def same_size_padding(n, s, f):
    return (f - 1) / 2
