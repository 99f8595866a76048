"""p008 · NumPy 없이: 행렬의 덧셈 (Without NumPy: matrix addition)

[문제]
위의 문제를 numpy 를 이용하지 말고 구현하시오. (문제 4의 행렬 덧셈을 리스트의 리스트로: 합을 파이썬 리스트로 돌려주세요.)

[Problem]
Implement the matrix addition [[1,3,7],[1,0,0]] + [[0,0,5],[7,5,0]] without NumPy. (Return the sum as a list of lists.)

주어진 것 / Given:
    m = [[1, 3, 7], [1, 0, 0]]
    m2 = [[0, 0, 5], [7, 5, 0]]

예시 / Example:
    >>> add_lists([[1, 3, 7], [1, 0, 0]], [[0, 0, 5], [7, 5, 0]])
    [[1, 3, 12], [8, 5, 0]]

힌트 / Hints: grade hint p008

채점 / Grade: grade p008
"""
def add_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    """Return m + m2 element by element, as a new list of rows (m and m2 have the same size). No NumPy."""
    raise NotImplementedError
