"""Mistake: the update leaves out (t - f(k)), so the weights move even when the answer is right.

expect: The error (t - f(k)) factor is missing
"""


def active_func(input_dic, w_dic):
    k = input_dic['x0'] * w_dic['w0'] + input_dic['x1'] * w_dic['w1'] + input_dic['x2'] * w_dic['w2']
    return 1 if k >= 0 else 0


def train_perceptron(inputs, w_dic, lr=0.05, max_epochs=100):
    w = dict(w_dic)
    for _ in range(max_epochs):
        errors = 0
        for d in inputs:
            y = active_func(d, w)
            errors += d['t'] != y
            for i in range(3):
                w['w%d' % i] += lr * d['x%d' % i]
        if errors == 0:
            break
    return w
