from reference.convolution import output_size


def needed_padding(h: int, fh: int, oh: int) -> int:
    p = 0
    while output_size(h, fh, 1, p) < oh:  # each extra padding line on both sides grows the output by 2
        p += 1
    return p
