"""Mistake: range(step, stop, step) leaves out the 0.

expect: It starts at step
"""


def every_step(stop, step):
    return list(range(step, stop, step))
