"""p009 · NumPy 없이: 브로드캐스트 (행렬 × 행 벡터) (Without NumPy: broadcasting a row)

[문제]
numpy 의 브로드캐스트를 사용한 연산을 numpy 를 이용하지 않고 구현해보시오. (m 의 각 행에 한 행짜리 m2 를 요소별로 곱한 결과를 리스트의 리스트로 돌려주세요.)

[Problem]
Implement the NumPy broadcast operation ([[1,2],[3,4]] * [10,20]) without NumPy. (Multiply every row of m by the one-row m2, element by element; return a list of lists.)

주어진 것 / Given:
    m = [[1, 2], [3, 4]]
    m2 = [[10, 20]]   # 한 행, m 의 열 수만큼 / one row, one value per column of m

예시 / Example:
    >>> broadcast_row_lists([[1, 2], [3, 4]], [[10, 20]])
    [[10, 40], [30, 80]]

힌트 / Hints: grade hint p009

채점 / Grade: grade p009
"""
def broadcast_row_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    """Return m * m2 as NumPy would broadcast it: m2 is one row, reused for every row of m. No NumPy."""
    raise NotImplementedError
