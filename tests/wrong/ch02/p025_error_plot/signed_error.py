"""Mistake: records t - f(k) itself, so a wrong firing shows as -1 instead of an error of 1.

expect: Record abs(t - f(k))
"""
import matplotlib.pyplot as plt


def active_func(input_dic, w_dic):
    k = input_dic['x0'] * w_dic['w0'] + input_dic['x1'] * w_dic['w1'] + input_dic['x2'] * w_dic['w2']
    return 1 if k >= 0 else 0


def error_history(inputs, w_dic, lr=0.05, epochs=4):
    w = dict(w_dic)
    res = []
    for _ in range(epochs):
        for d in inputs:
            error = d['t'] - active_func(d, w)
            res.append(error)
            for i in range(3):
                w['w%d' % i] += lr * error * d['x%d' % i]
    return res


def plot_errors(errors):
    plt.plot(errors)
    plt.xlabel("루프 횟수")
    plt.ylabel("오차")
