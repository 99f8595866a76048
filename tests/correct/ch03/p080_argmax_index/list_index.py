"""The position of max(x) in the list.

style: x.index(max(x))
"""
def index_of_max(x):
    return x.index(max(x))
