"""Pairs counted with zip.

style: zip and sum
"""
def count_same(x, y):
    return sum(1 for a, b in zip(x, y) if a == b)
