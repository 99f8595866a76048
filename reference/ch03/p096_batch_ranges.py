def batch_ranges(total: int, size: int) -> list:
    # The loop of batch inference: each batch starts at i and ends (exclusive) at i + size.
    # The notes' answer prints only the starts 0, 100, ..., 10000, not the ranges.
    return [f"{i} ~ {i + size}" for i in range(0, total, size)]
