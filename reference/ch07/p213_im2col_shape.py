from reference.util import output_size


def im2col_shape(n: int, c: int, h: int, w: int, fh: int, fw: int) -> tuple[int, int]:
    # One row per window of every image; one column per value of a window (every channel).
    return n * output_size(h, fh) * output_size(w, fw), c * fh * fw
