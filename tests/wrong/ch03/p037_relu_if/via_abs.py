"""Mistake: "ReLU makes negatives positive": abs(x) gives 2 for -2, where ReLU gives 0.

expect: abs(x) is not ReLU
"""


def Relu(x):
    return abs(x)
