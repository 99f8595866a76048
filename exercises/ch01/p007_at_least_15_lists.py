"""p007 · NumPy 없이: 15 이상인 요소만 고르기 (Without NumPy: the elements of at least 15)

[문제]
위의 문제를 numpy 를 이용하지 말고 구현하시오. (리스트의 리스트 m 에서 15 이상인 요소를 행 순서대로 파이썬 리스트로 돌려주세요.)

[Problem]
Solve the previous problem (elements >= 15) without NumPy, using plain Python lists. (Return the elements of m that are >= 15, row by row, as a Python list.)

주어진 것 / Given:
    m = [[51, 55], [14, 19], [0, 4]]

예시 / Example:
    >>> at_least_15_list([[51, 55], [14, 19], [0, 4]])
    [51, 55, 19]

힌트 / Hints: grade hint p007

채점 / Grade: grade p007
"""
def at_least_15_list(m: list[list[int]]) -> list[int]:
    """Return the elements of m (a list of rows) that are >= 15, row by row, as one flat list. No NumPy."""
    raise NotImplementedError
