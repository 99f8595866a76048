"""The shape of a nested list, counted level by level.

style: len() of the nesting levels
"""
def shape_of(x):
    shape = []
    while isinstance(x, list):
        shape.append(len(x))
        x = x[0] if x else None
    return tuple(shape)
