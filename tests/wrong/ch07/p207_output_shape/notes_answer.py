"""Mistake: the notes' answer: H = len(data) and FH / S computed first.

expect: That is the notes' answer
"""


def output(data, Filter, S, P):
    H = len(data)
    W = len(data[0])
    FH = len(Filter)
    FW = len(Filter[0])
    return (H + 2 * P - FH / S) + 1
