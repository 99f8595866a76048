from reference.mnist_inference import get_data


def test_label(i: int) -> int:
    _, t = get_data()
    return int(t[i])
