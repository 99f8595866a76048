from reference.util import output_size


def conv_output_size(h: int, fh: int, s: int = 1, p: int = 0) -> int:
    return output_size(h, fh, s, p)  # (H + 2P - FH) // S + 1
