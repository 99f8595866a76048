"""Mistake: follows the notes' "print" literally and returns nothing.

expect: It returned nothing (None)
"""


def add_five(a):
    print(a + 5)
