"""Mistake: prints its input and returns nothing.

expect: print only shows the value
"""


def identity_function(x):
    print(x)
