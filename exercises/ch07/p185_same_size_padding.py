"""p185 · 입력과 같은 크기를 내는 패딩 (The padding that keeps the size)

[문제]
입력행렬(6x6), 스트라이드 1, 출력행렬(6x6), 필터행렬(3x3) 의 패딩이 어떻게 되는지 출력하시오 (입력 크기 n, 스트라이드 s, 필터 크기 f 를 받아 출력도 n x n 이 되는 패딩을 돌려주는 함수로 만드세요: p184 의 공식에 OH = H = n 을 넣습니다.)

[Problem]
Print the padding for a 6x6 input, stride 1, 6x6 output and a 3x3 filter. (Write a function: it takes the input size n, the stride s and the filter size f, and returns the padding for which the output is n x n too: p184's formula with OH = H = n.)

주어진 것 / Given:
    padding(6, 1, 6, 3)

예시 / Example:
    >>> same_size_padding(6, 1, 3)
    1.0

힌트 / Hints: grade hint p185

채점 / Grade: grade p185
"""
def same_size_padding(n: int, s: int, f: int) -> float:
    """The padding P for which an n x n input, stride s and an f x f filter give an n x n output."""
    raise NotImplementedError
