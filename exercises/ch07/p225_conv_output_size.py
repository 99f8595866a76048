"""p225 · 합성곱 출력 크기 (The convolution's output size)

[문제]
MNIST (28 x 28) 데이터가 Convolution 층을 통과했을 때 출력이미지의 사이즈를 알아내시오 (Filter 사이즈 : 5 x 5, Stride : 1, Padding : 0) (입력 크기 H, 필터 크기 FH, 스트라이드 S, 패딩 P 를 받아 출력 크기 OH 를 정수로 돌려주는 함수로 만드세요.)

[Problem]
Find the size of the output image when MNIST (28 x 28) data passes a convolution layer (filter 5 x 5, stride 1, padding 0). (Write a function: it takes the input size H, the filter size FH, the stride S and the padding P and returns the output size OH as an integer.)

주어진 것 / Given:
    H = 28, FH = 5, S = 1, P = 0

예시 / Example:
    >>> conv_output_size(28, 5, 1, 0)   # (28 + 2*0 - 5) / 1 + 1
    24

힌트 / Hints: grade hint p225

채점 / Grade: grade p225
"""
def conv_output_size(h: int, fh: int, s: int = 1, p: int = 0) -> int:
    """OH = (H + 2P - FH) / S + 1, as an int (a partial last window does not count: //)."""
    raise NotImplementedError
