"""Mistake: the notes' printed answer as a constant.

expect: It returns the notes' example result whatever the input
"""


def data_shape(data):
    return (3, 5, 5)
