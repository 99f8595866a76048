"""p095 · 앞의 5개만 (Only the first five)

[문제]
아래의 리스트를 x라는 변수에 담고 앞에 5개의 숫자만 출력하시오

[Problem]
Put the list below into a variable x and print only the first 5 numbers.

주어진 것 / Given:
    x = [7, 3, 2, 1, 6, 7, 7, 8, 2, 4]

예시 / Example:
    >>> first_five(x)
    [7, 3, 2, 1, 6]

힌트 / Hints: grade hint p095

채점 / Grade: grade p095
"""
def first_five(x: list) -> list:
    """Return a list of the first 5 elements of x."""
    raise NotImplementedError
