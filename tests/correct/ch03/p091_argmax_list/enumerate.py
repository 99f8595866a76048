"""The index of the largest by enumerate.

style: max over enumerate
"""
def argmax_of(x):
    return max(enumerate(x), key=lambda pair: pair[1])[0]
