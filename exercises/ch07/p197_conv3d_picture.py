"""p197 · 3차원 합성곱의 그림 이해하기 (Understand the picture of a 3-D convolution)

[문제]
아래의 원본 이미지인 data 행렬과 filter 행렬을 3차원 합성곱 하기 위한 그림을 이해하시오

[Problem]
Understand the figure for the 3-D convolution of the original image data and the filter matrix below.

주어진 것 / Given:
    data = np.array([[[2, 2, 1, 1, 0],
                      [0, 0, 1, 0, 0],
                      [0, 2, 0, 0, 1],
                      [1, 2, 1, 1, 1],
                      [1, 0, 1, 0, 1]],
                     [[2, 0, 0, 0, 1],
                      [0, 2, 2, 0, 1],
                      [0, 0, 0, 0, 2],
                      [0, 1, 2, 0, 1],
                      [2, 0, 2, 2, 2]],
                     [[4, 2, 1, 2, 2],
                      [0, 1, 0, 4, 2],
                      [3, 0, 6, 2, 2],
                      [4, 2, 4, 5, 2],
                      [3, 4, 1, 0, 0]]])
    Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],
                        [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                        [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)

눈으로 확인할 것 / Check by eye:
필터의 채널 수가 입력의 채널 수와 같아야 하는 이유, 그리고 RGB 세 채널의 곱을 모두 더해 출력이 한 장(2차원)이 되는 이유를 설명할 수 있나요? 패딩 1, 스트라이드 1 이면 출력은 몇 x 몇인가요? (5 x 5)
Can you explain why the filter must have as many channels as the input, and why adding the products of all three RGB channels gives one (2-D) output sheet? With padding 1 and stride 1, what size is the output? (5 x 5)

채점 / Grade: grade p197
"""
# 그림을 이해하는 문제입니다: 채점하지 않습니다. 종이에 그려 보세요.
# A problem of understanding a picture: not graded. Draw it on paper.
#
#   data   (3, 5, 5)  = 채널 3 장의 5 x 5 / three 5 x 5 sheets, R G B
#   Filter (3, 3, 3)  = 채널 3 장의 3 x 3 / three 3 x 3 sheets, one per channel of data
#
#   출력 하나 / one output = sum over c of np.sum(data[c, window] * Filter[c])   -> 숫자 하나 / one number
#   필터 하나의 출력 / one filter's output = 2차원 (OH, OW) 행렬 하나 / one 2-D (OH, OW) matrix
