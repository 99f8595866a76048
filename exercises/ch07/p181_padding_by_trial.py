"""p181 · 필요한 제로 패딩 찾기 (Find the zero padding needed)

[문제]
4 x 4 행렬에 3 x 3 필터를 적용해서 결과로 4 x 4 행렬이 출력되게 하려면 제로 패딩을 몇을 해줘야 하는가? (입력 크기 H, 필터 크기 FH, 원하는 출력 크기 OH 를 받아, 스트라이드 1 에서 P = 0, 1, 2, ... 를 차례로 출력 크기 공식에 넣어 보며 OH 가 되는 패딩을 돌려주는 함수로 만드세요.)

[Problem]
How much zero padding is needed so that a 3 x 3 filter on a 4 x 4 matrix gives a 4 x 4 result? (Write a function: it takes the input size H, the filter size FH and the wanted output size OH, tries P = 0, 1, 2, ... in the output-size formula (stride 1), and returns the padding that gives OH.)

주어진 것 / Given:
    H = 4, FH = 3, OH = 4, S = 1
    # 출력 크기 / output size: OH = H + 2P - FH + 1

예시 / Example:
    >>> needed_padding(4, 3, 4)
    1

힌트 / Hints: grade hint p181

채점 / Grade: grade p181
"""
def needed_padding(h: int, fh: int, oh: int) -> int:
    """The zero padding P (stride 1) for which an h x h input and an fh x fh filter give an oh x oh output."""
    raise NotImplementedError
