"""Mistake: no else branch, so the function falls off its end and returns None for x <= 0.

expect: Do not forget `else: return 0`
"""


def Relu(x):
    if x > 0:
        return x
