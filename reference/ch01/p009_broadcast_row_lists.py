from reference import lists


def broadcast_row_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    # m2 has one row: lists.multiply reuses it for every row of m, as NumPy's broadcasting does.
    return lists.multiply(m, m2)
