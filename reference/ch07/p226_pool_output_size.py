from reference.util import output_size


def pool_output_size(h: int, pool_h: int, stride: int) -> int:
    return output_size(h, pool_h, stride)  # pooling is a convolution's size formula without padding
