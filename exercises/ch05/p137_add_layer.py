"""p137 · 덧셈 계층 (The addition layer)

[문제]
덧셈계층을 파이썬으로 구현하시오

[Problem]
Implement the addition layer in Python.

예시 / Example:
    >>> layer = AddLayer()
    >>> layer.forward(200, 450)
    650
    >>> layer.backward(1.1)
    (1.1, 1.1)

힌트 / Hints: grade hint p137

채점 / Grade: grade p137
"""
class AddLayer:
    """The addition node: forward(x, y) = x + y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        pass  # nothing to keep: d(x + y)/dx = d(x + y)/dy = 1, whatever x and y were

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
