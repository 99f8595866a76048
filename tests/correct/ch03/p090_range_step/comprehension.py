"""Multiples of step by a comprehension.

style: list comprehension over range(stop)
"""
def every_step(stop, step):
    return [i for i in range(stop) if i % step == 0]
