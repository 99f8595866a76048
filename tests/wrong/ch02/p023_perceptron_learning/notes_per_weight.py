"""Mistake (the notes' answer code): f(k) is computed again inside the loop over the weights, so w1 and w2 are
updated with an error that already reflects the change of w0.

expect: computed again after each single weight changes
"""


def active_func(input_dic, w_dic):
    k = input_dic['x0'] * w_dic['w0'] + input_dic['x1'] * w_dic['w1'] + input_dic['x2'] * w_dic['w2']
    return 1 if k >= 0 else 0


def train_perceptron(inputs, w_dic, lr=0.05, max_epochs=100):
    w = dict(w_dic)
    for _ in range(max_epochs):
        errors = 0
        for d in inputs:
            errors += d['t'] != active_func(d, w)
            for j in range(3):
                w['w%s' % j] = w['w%s' % j] + lr * (d['t'] - active_func(d, w)) * d['x%s' % j]
        if errors == 0:
            break
    return w
