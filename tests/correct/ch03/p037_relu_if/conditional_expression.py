"""One conditional expression instead of an if statement.

style: x if x > 0 else 0
"""
def Relu(x):
    return x if x > 0 else 0
