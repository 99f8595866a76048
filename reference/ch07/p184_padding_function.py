def padding(H: int, S: int, OH: int, FH: int) -> float:
    P = ((OH - 1) * S - (H - FH)) / 2  # the whole numerator in brackets: / binds before -
    return P
