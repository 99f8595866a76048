"""Mistake: x[-5:] takes the last five.

expect: Those are the last five
"""
def first_five(x):
    return x[-5:]
