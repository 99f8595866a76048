"""p213 · im2col 출력 형상 예상하기 (Predicting im2col's output shape)

[문제]
MNIST 데이터 100장을 합성곱하기 편하게 im2col 함수에 넣었을 때 나오는 출력 형상을 예상하시오 (Filter : 5 x 5 흑백 채널) (이미지 수 N, 채널 C, 높이 H, 너비 W, 필터 FH, FW 를 받아 stride 1, pad 0 의 im2col 출력 형상을 im2col 을 부르지 않고 계산해 튜플로 돌려주세요.)

[Problem]
Predict the output shape when 100 MNIST images are put into im2col for convolution (filter 5 x 5, one gray channel). (Take the number of images N, channels C, height H, width W and the filter FH, FW, and return im2col's output shape for stride 1, pad 0 as a tuple, computed without calling im2col.)

주어진 것 / Given:
    (100, 1, 28, 28), filter 5 x 5

예시 / Example:
    >>> im2col_shape(100, 1, 28, 28, 5, 5)
    (57600, 25)

힌트 / Hints: grade hint p213

채점 / Grade: grade p213
"""
def im2col_shape(n: int, c: int, h: int, w: int, fh: int, fw: int) -> tuple[int, int]:
    """(rows, columns) of im2col(x, fh, fw) for x of shape (n, c, h, w), stride 1, pad 0."""
    raise NotImplementedError
