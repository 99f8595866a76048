"""p037: ReLU for one number, written with if/else (p038 does it for arrays with np.maximum)."""


def Relu(x: float) -> float:
    if x > 0:
        return x
    return 0  # x <= 0, zero included
