from reference.convolution import padding_for


def same_size_padding(n: int, s: int, f: int) -> float:
    return padding_for(n, f, n, s)  # the output is as big as the input: OH = H = n
