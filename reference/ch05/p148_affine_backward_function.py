from reference.ch05.p145_affine_backward_by_hand import affine_backward as backward
from reference.ch05.p146_affine_forward_function import forward

# The one-image formulas of problem 145 hold for a batch too: in dW = np.dot(X.T, dY), the product sums the
# contributions of the N rows, and dX = np.dot(dY, W.T) keeps one row per image.
__all__ = ["backward", "forward"]
