def feature_map_count(images: int, filters: int, channels: int) -> int:
    return images * filters  # one map per (image, filter) pair: a filter sums all its channels into one map
