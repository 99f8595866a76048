from reference import lists


def times_scalar_lists(m: list[list[int]], m2: list[list[int]]) -> list[list[int]]:
    # m2 is 1x1: lists.multiply stretches it along both axes, so its one number meets every element of m.
    return lists.multiply(m, m2)
