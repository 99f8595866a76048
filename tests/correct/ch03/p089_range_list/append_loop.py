"""A while loop appending.

style: while loop
"""
def numbers_below(n):
    out = []
    i = 0
    while i < n:
        out.append(i)
        i += 1
    return out
