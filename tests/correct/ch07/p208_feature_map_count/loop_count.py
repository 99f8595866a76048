"""
style: counts the maps one image and one filter at a time.
"""


def feature_map_count(images: int, filters: int, channels: int) -> int:
    count = 0
    for _ in range(images):
        for _ in range(filters):
            count += 1  # every filter spans all the channels and gives one map
    return count
