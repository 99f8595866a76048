"""p208 · feature map 의 개수 (How many feature maps)

[문제]
설현 사진 50장과 아이린 50장, 총 100장의 사진을 신경망에 입력해서 설현과 아이린을 구분하는 신경망을 만든다고 할 때 RGB 필터를 30개를 사용하면 출력 feature map 이 총 몇 개일까? (사진 수, 필터 수, 채널 수를 받아 feature map 의 총 개수를 돌려주는 함수로 만드세요.)

[Problem]
For a network that tells Seolhyun from Irene using 50 + 50 = 100 photos, how many output feature maps are there in total with 30 RGB filters? (Write a function: it takes the number of photos, of filters and of channels, and returns the total number of feature maps.)

주어진 것 / Given:
    100 images, 30 filters, 3 channels (RGB)

예시 / Example:
    >>> feature_map_count(100, 30, 3)
    3000

힌트 / Hints: grade hint p208

채점 / Grade: grade p208
"""
def feature_map_count(images: int, filters: int, channels: int) -> int:
    """How many feature maps come out when every image goes through every (channels, FH, FW) filter."""
    raise NotImplementedError
