from reference.util import im2col

__all__ = ["im2col"]
