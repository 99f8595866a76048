from reference.lists import elements_at_least


def at_least_15_list(m: list[list[int]]) -> list[int]:
    return elements_at_least(m, 15)
