"""Mistake: range(0, stop): the step argument is left out, so it counts in steps of 1.

expect: It counts in steps of 1
"""
def every_step(stop, step):
    return list(range(0, stop))
