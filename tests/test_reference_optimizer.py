"""The reference library of chapter 6: optimizers, batch normalization, dropout and MultiLayerNet's backprop."""
from __future__ import annotations

import numpy as np
import pytest

from grader.gradcheck import numerical_gradient, relative_error
from reference.layers import BatchNormalization, Dropout
from reference.multi_layer_net import MultiLayerNet
from reference.optimizer import SGD, AdaGrad, Adam, Momentum, watch_updates


def _params() -> dict[str, np.ndarray]:
    return {"W": np.array([[1.0, -2.0]]), "b": np.array([0.5])}


def test_sgd_steps_against_the_gradient_in_place():
    params, grads = _params(), {"W": np.array([[1.0, 1.0]]), "b": np.array([2.0])}
    w = params["W"]
    SGD(lr=0.1).update(params, grads)
    assert params["W"] is w  # in place: layers sharing the array see the change
    np.testing.assert_allclose(w, [[0.9, -2.1]])
    np.testing.assert_allclose(params["b"], [0.3])


def test_momentum_keeps_its_velocity_between_calls():
    grads = {"W": np.array([[1.0, 0.0]]), "b": np.array([1.0])}
    seen = watch_updates(Momentum(lr=0.1, momentum=0.9), _params(), [grads, grads])
    # v1 = -0.1, v2 = 0.9 * -0.1 - 0.1 = -0.19: after two steps W[0, 0] = 1 - 0.1 - 0.19
    assert seen[0]["W"][0, 0] == pytest.approx(0.9)
    assert seen[1]["W"][0, 0] == pytest.approx(0.71)


def test_adagrad_divides_by_the_root_of_the_summed_squares_and_survives_zero_gradients():
    grads = {"W": np.array([[2.0, 0.0]]), "b": np.array([0.0])}
    seen = watch_updates(AdaGrad(lr=0.1), _params(), [grads, grads])
    assert seen[0]["W"][0, 0] == pytest.approx(1 - 0.1 * 2 / (2 + 1e-7))
    assert seen[1]["W"][0, 0] == pytest.approx(seen[0]["W"][0, 0] - 0.1 * 2 / (np.sqrt(8) + 1e-7))
    assert np.all(np.isfinite(seen[1]["W"])) and seen[1]["W"][0, 1] == -2.0


def test_adam_first_step_is_about_lr_times_the_sign():
    grads = {"W": np.array([[3.0, -0.5]]), "b": np.array([1.0])}
    seen = watch_updates(Adam(lr=0.01), _params(), [grads])
    np.testing.assert_allclose(seen[0]["W"] - _params()["W"], [[-0.01, 0.01]], rtol=1e-4)


def test_batchnorm_normalises_in_training_and_uses_running_averages_at_test():
    rng = np.random.default_rng(0)
    x = rng.normal(3.0, 2.0, size=(50, 4))
    layer = BatchNormalization(np.ones(4), np.zeros(4))
    out = layer.forward(x, train_flg=True)
    np.testing.assert_allclose(out.mean(axis=0), 0, atol=1e-10)
    np.testing.assert_allclose(out.var(axis=0), 1, rtol=1e-4)
    np.testing.assert_allclose(layer.running_mean, 0.1 * x.mean(axis=0))
    test = layer.forward(x[:1], train_flg=False)
    np.testing.assert_allclose(test, (x[:1] - layer.running_mean) / np.sqrt(layer.running_var + 1e-6))


def test_batchnorm_backward_matches_the_numerical_gradient():
    rng = np.random.default_rng(1)
    x, dout, gamma, beta = rng.normal(size=(5, 3)), rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=3)
    layer = BatchNormalization(gamma, beta)
    layer.forward(x)
    dx = layer.backward(dout)
    numeric = numerical_gradient(lambda v: float(np.sum(BatchNormalization(gamma, beta).forward(v) * dout)), x)
    assert relative_error(dx, numeric) < 1e-6


def test_dropout_keeps_the_expected_size_at_test_time():
    np.random.seed(0)
    layer, x = Dropout(0.15), np.ones((200, 200))
    train = layer.forward(x, train_flg=True)
    assert abs(train.mean() - 0.85) < 0.01
    np.testing.assert_allclose(layer.forward(x, train_flg=False), 0.85)
    np.testing.assert_array_equal(layer.backward(x), train)


@pytest.mark.parametrize("options", [{}, {"activation": "sigmoid"}, {"use_batchnorm": True}, {"weight_decay_lambda": 0.3}])
def test_multi_layer_net_gradient_is_the_numerical_one(options):
    np.random.seed(2)
    net = MultiLayerNet(4, [3, 3], 2, weight_init_std=1.0, **options)
    x, t = np.random.randn(5, 4), np.eye(2)[np.random.randint(0, 2, size=5)]
    grads = net.gradient(x, t)
    for key, value in net.params.items():
        def loss(v: np.ndarray, key: str = key) -> float:
            saved = net.params[key].copy()
            net.params[key][...] = v
            try:
                return net.loss(x, t, train_flg=True)
            finally:
                net.params[key][...] = saved
        assert relative_error(grads[key], numerical_gradient(loss, value)) < 1e-5, key


def test_he_and_xavier_scale_by_the_fan_in():
    np.random.seed(3)
    assert np.std(MultiLayerNet(800, [400], 10, weight_init_std="he").params["W1"]) == pytest.approx(np.sqrt(2 / 800), rel=0.02)
    assert np.std(MultiLayerNet(800, [400], 10, weight_init_std="xavier").params["W2"]) == pytest.approx(np.sqrt(1 / 400), rel=0.05)
