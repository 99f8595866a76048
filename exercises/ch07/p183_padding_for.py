"""p183 · 공식으로 패딩 구하기 (The padding from the formula)

[문제]
입력 이미지 4 x 4 행렬에 필터 3 x 3 행렬을 합성곱한 결과 행렬이 4 x 4 행렬이 되려면 패딩이 몇인지 출력하시오 (입력 크기 H, 필터 크기 FH, 출력 크기 OH, 스트라이드 S 를 받아 P = ((OH - 1) S - H + FH) / 2 를 돌려주는 함수로 만드세요.)

[Problem]
Print the padding needed so that a 4 x 4 input convolved with a 3 x 3 filter gives a 4 x 4 output. (Write a function: it takes the input size H, the filter size FH, the output size OH and the stride S, and returns P = ((OH - 1) S - H + FH) / 2.)

주어진 것 / Given:
    H = 4, FH = 3, OH = 4, S = 1

예시 / Example:
    >>> padding_for(4, 3, 4, 1)
    1.0

힌트 / Hints: grade hint p183

채점 / Grade: grade p183
"""
def padding_for(h: int, fh: int, oh: int, s: int) -> float:
    """The padding P that gives an oh output from an h input, an fh filter and stride s (OH = (H + 2P - FH) / S + 1)."""
    raise NotImplementedError
