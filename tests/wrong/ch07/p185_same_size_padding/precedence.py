"""Mistake: only F is halved: / binds before - and +.

expect: Operator precedence: / binds before -
"""


def same_size_padding(n, s, f):
    return (n - 1) * s - n + f / 2
