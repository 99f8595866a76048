def numbers_below(n: int) -> list:
    # range(n) stops before n; list() turns the lazy range into the list the notes print.
    return list(range(n))
