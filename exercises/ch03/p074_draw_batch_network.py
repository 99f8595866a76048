"""p074 · 시험 데이터 10000장이 지나가는 3층 신경망 그리기 (Draw the 10,000 test images going through the 3-layer network)

[문제]
테스트 데이터 10000장을 3층 신경망으로 입력했을때의 그림을 손으로 그리시오

[Problem]
Draw by hand the picture of feeding the 10,000 test images into the 3-layer network.

눈으로 확인할 것 / Check by eye:
그림의 형상이 X (10000, 784) · W1 (784, 50) · W2 (50, 100) · W3 (100, 10) → Y (10000, 10) 인가요? 곱하는 두 행렬의 안쪽 차원이 같은지 확인하세요.
Do the shapes read X (10000, 784) · W1 (784, 50) · W2 (50, 100) · W3 (100, 10) → Y (10000, 10)? Check that the inner dimensions of each product match.

채점 / Grade: grade p074
"""
# 종이에 그리는 문제입니다: 채점하지 않습니다.
# A drawing on paper: not graded.
