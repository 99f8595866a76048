"""p010 · NumPy 없이: 브로드캐스트 (행렬 × 스칼라) (Without NumPy: broadcasting a scalar)

[문제]
(점심시간 문제) 아래의 브로드캐스트를 numpy 이용하지 않고 파이썬으로 구현하시오. (1x1 행렬 m2 = [[10]] 을 m 의 모든 요소에 곱한 결과를 리스트의 리스트로 돌려주세요.)

[Problem]
(Lunch-time problem) Implement the broadcast in the (missing) figure, a 2x2 matrix times the scalar 10, in plain Python without NumPy. (Multiply every element of m by the 1x1 m2 = [[10]]; return a list of lists.)

주어진 것 / Given:
    m = [[1, 2], [3, 4]]
    m2 = [[10]]

예시 / Example:
    >>> times_scalar_lists([[1, 2], [3, 4]], [[10]])
    [[10, 20], [30, 40]]

힌트 / Hints: grade hint p010

채점 / Grade: grade p010
"""
def times_scalar_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    """Return m * m2 where m2 is 1x1 ([[10]]): its one number multiplies every element of m. No NumPy."""
    raise NotImplementedError
