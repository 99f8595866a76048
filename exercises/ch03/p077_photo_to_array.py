"""p077 · 손글씨 사진을 NumPy 배열로 (A photo of your handwriting as a NumPy array)

[문제]
A4에 필기체 숫자를 쓰고 사진을 찍어서 png 또는 jpg 로 만든 후에 numpy 배열로 변환하시오

[Problem]
Write a digit by hand on A4 paper, photograph it, save it as png or jpg and convert it into a NumPy array.

주어진 것 / Given:
    j = 'number3.jpg'   # 여러분의 사진 / your own photo

눈으로 확인할 것 / Check by eye:
사진을 읽은 배열의 shape 와 dtype 을 출력해 보았나요? jpg 는 (높이, 너비, 3) uint8 0~255, png 는 보통 float 0~1 입니다. plt.imshow(img) 로 본 그림이 사진과 같은가요?
Did you print the array's shape and dtype? A jpg gives (height, width, 3) uint8 0-255, a png usually float 0-1. Does plt.imshow(img) show your photo?

채점 / Grade: grade p077
"""
# 여러분의 사진으로 하는 문제입니다: 채점하지 않습니다. 예:
# Done with your own photo: not graded. For example:
#
#   import matplotlib.image as mpimg
#   img = mpimg.imread("number3.jpg")        # (높이, 너비, 3) / (height, width, 3)
#   print(img.shape, img.dtype)
#
#   from dataset.handwriting import to_mnist
#   x = to_mnist("number3.jpg")              # (28, 28), MNIST 처럼 검은 바탕에 흰 글씨 / white on black like MNIST
