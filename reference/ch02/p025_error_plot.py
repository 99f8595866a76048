import matplotlib.pyplot as plt

from reference.perceptron import active_func, learning_epoch


def error_history(inputs: list[dict], w_dic: dict, lr: float = 0.05, epochs: int = 4) -> list[int]:
    """|t - f(k)| for every input of every pass: the error each update used."""
    errors: list[int] = []
    for _ in range(epochs):
        signed, w_dic = learning_epoch(inputs, w_dic, lr)
        errors += [abs(e) for e in signed]  # -1 (fired when it should not) is as much an error as +1
    return errors


def plot_errors(errors: list[int]) -> None:
    plt.figure()
    plt.plot(errors)  # x = 0, 1, 2, ...: the loop count
    plt.title("오차가 0이 되는 지점 찾기")
    plt.xlabel("루프 횟수")
    plt.ylabel("오차")


__all__ = ["active_func", "error_history", "plot_errors"]
