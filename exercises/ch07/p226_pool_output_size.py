"""p226 · 풀링 출력 크기 (The pooling output size)

[문제]
위의 출력 이미지가 풀링 계층의 입력 이미지 (24 x 24) 행렬로 통과할 때 결과는 어떻게 되는가? (pool_h : 2, stride : 2) (입력 크기 H, 창 크기 pool_h, 스트라이드 stride 를 받아 출력 크기를 정수로 돌려주는 함수로 만드세요.)

[Problem]
What is the result when the output image above (24 x 24) passes a pooling layer (pool_h 2, stride 2)? (Write a function: it takes the input size H, the window size pool_h and the stride, and returns the output size as an integer.)

주어진 것 / Given:
    H = 24
    pool_h = 2
    stride = 2

예시 / Example:
    >>> pool_output_size(24, 2, 2)   # int(1 + (24 - 2) / 2): 12 x 12
    12

힌트 / Hints: grade hint p226

채점 / Grade: grade p226
"""
def pool_output_size(h: int, pool_h: int, stride: int) -> int:
    """int(1 + (H - pool_h) / stride): the Pooling layer's out_h (no padding)."""
    raise NotImplementedError
