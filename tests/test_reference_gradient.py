"""The chapter 4 reference library: numerical differentiation, gradient descent, simpleNet, TwoLayerNet, training."""
from __future__ import annotations

import numpy as np

from grader.problems.two_layer_net import backprop, blobs
from reference.gradient import gradient_descent, numerical_diff, numerical_gradient
from reference.simple_net import simpleNet
from reference.trainer import random_batch, train
from reference.two_layer_net import TwoLayerNet


def test_numerical_diff_of_a_cubic_errs_by_h_squared():
    # ((1+h)³ - (1-h)³) / 2h = 3 + h²: the central difference is off by exactly h².
    assert np.isclose(numerical_diff(lambda x: x ** 3, 1.0, h=1e-2) - 3.0, 1e-4, rtol=1e-6)


def test_numerical_diff_of_the_notes_cost_function_at_4_is_8():
    assert np.isclose(numerical_diff(lambda x: x ** 2 + 4 ** 2, 4), 8.0, rtol=1e-9)


def test_numerical_gradient_of_a_2d_array_restores_every_element():
    x = np.arange(6.0).reshape(2, 3)
    before = x.copy()
    grad = numerical_gradient(lambda v: np.sum(v ** 2), x)
    assert np.allclose(grad, 2 * before)
    assert np.array_equal(x, before)


def test_numerical_gradient_sees_in_place_changes_through_a_closure():
    # The TwoLayerNet pattern: f ignores its argument and reads the array itself.
    w = np.array([1.0, -2.0])
    assert np.allclose(numerical_gradient(lambda _: np.sum(w ** 2), w), [2.0, -4.0])


def test_numerical_gradient_of_an_integer_array_is_float():
    grad = numerical_gradient(lambda v: np.sum(v ** 2), np.array([3, 4]))
    assert grad.dtype.kind == "f" and np.allclose(grad, [6.0, 8.0])


def test_gradient_descent_reaches_the_minimum_from_the_books_start_and_keeps_init_x():
    init_x = np.array([-3.0, 4.0])
    x = gradient_descent(lambda v: np.sum(v ** 2), init_x, lr=0.1, step_num=100)
    assert np.allclose(x, 0, atol=1e-8)
    assert np.array_equal(init_x, [-3.0, 4.0])


def test_gradient_descent_diverges_with_lr_10_and_barely_moves_with_lr_1e_10():
    f = lambda v: np.sum(v ** 2)  # noqa: E731
    assert np.abs(gradient_descent(f, np.array([3.0, 4.0]), lr=10, step_num=100)).max() > 1e10
    assert np.allclose(gradient_descent(f, np.array([3.0, 4.0]), lr=1e-10, step_num=100), [3.0, 4.0], atol=1e-7)


def test_simple_net_loss_is_minus_log_of_the_target_probability():
    np.random.seed(0)
    net = simpleNet()
    x, t = np.array([0.6, 0.9]), np.array([0, 0, 1])
    scores = x @ net.W
    p = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
    assert np.isclose(net.loss(x, t), -np.log(p[2] + 1e-7))


def test_two_layer_net_numerical_gradient_matches_backprop():
    np.random.seed(1)
    net = TwoLayerNet(5, 4, 3)
    x, t = blobs(0, 6, n_in=5)
    numeric = net.numerical_gradient(x, t)
    exact = backprop(net.params, x, t)
    for key in ("W1", "b1", "W2", "b2"):
        assert np.allclose(numeric[key], exact[key], atol=1e-7)


def test_two_layer_net_predict_rows_sum_to_one():
    np.random.seed(2)
    y = TwoLayerNet(4, 3, 5).predict(np.random.randn(7, 4))
    assert y.shape == (7, 5) and np.allclose(y.sum(axis=1), 1)


def test_random_batch_keeps_pairs_together():
    np.random.seed(3)
    x, t = np.arange(20.0)[:, None], np.arange(20)
    x_batch, t_batch = random_batch(x, t, 8)
    assert np.array_equal(x_batch[:, 0], t_batch)


def test_training_lowers_the_loss_and_records_one_accuracy_per_epoch():
    np.random.seed(4)
    x, t = blobs(0, 80)
    net = TwoLayerNet(4, 5, 3)
    history = train(net, x, t, x, t, iters=40, batch_size=20, lr=1.0)
    assert len(history["train_loss"]) == 40 and len(history["test_acc"]) == 10
    assert np.mean(history["train_loss"][-5:]) < np.mean(history["train_loss"][:5])
