"""grader.fonts.use_korean_font: Korean plot text for the learner's eyes; it must never stop a plot."""
from __future__ import annotations

import sys
import warnings

import matplotlib
import pytest
from matplotlib import font_manager

matplotlib.use("Agg")

from grader.fonts import use_korean_font  # noqa: E402


@pytest.fixture(autouse=True)
def restore_rcparams():
    with matplotlib.rc_context():
        yield


def test_a_found_font_is_the_one_matplotlib_now_uses():
    name = use_korean_font()
    if name is None:
        pytest.skip("no Korean font on this machine")
    assert matplotlib.rcParams["font.family"][0] == name
    assert matplotlib.rcParams["axes.unicode_minus"] is False


def test_a_korean_title_draws_without_missing_glyphs_when_a_font_is_found():
    import matplotlib.pyplot as plt

    if use_korean_font() is None:
        pytest.skip("no Korean font on this machine")
    figure = plt.figure()
    plt.title("연도별 치킨집 개업 현황")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.canvas.draw()
    plt.close(figure)
    assert not [w for w in caught if "missing from" in str(w.message)]


def test_without_koreanize_matplotlib_an_installed_korean_font_is_chosen_by_name(monkeypatch):
    monkeypatch.setitem(sys.modules, "koreanize_matplotlib", None)  # makes the import fail
    fake = font_manager.FontEntry(fname="/nowhere/malgun.ttf", name="Malgun Gothic")
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [fake])
    assert use_korean_font() == "Malgun Gothic"
    assert matplotlib.rcParams["font.family"] == ["Malgun Gothic"]
    assert matplotlib.rcParams["axes.unicode_minus"] is False


def test_without_any_korean_font_it_returns_none_and_leaves_the_font_alone(monkeypatch):
    monkeypatch.setitem(sys.modules, "koreanize_matplotlib", None)
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [font_manager.FontEntry(name="DejaVu Sans")])
    before = list(matplotlib.rcParams["font.family"])
    assert use_korean_font() is None
    assert matplotlib.rcParams["font.family"] == before


def test_koreanize_matplotlibs_bundled_font_is_used_without_importing_it(monkeypatch):
    import importlib.util

    if importlib.util.find_spec("koreanize_matplotlib") is None:
        pytest.skip("koreanize_matplotlib is not installed")
    monkeypatch.delitem(sys.modules, "koreanize_matplotlib", raising=False)
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [font_manager.FontEntry(name="DejaVu Sans")])
    assert use_korean_font() == "NanumGothic"
    assert "koreanize_matplotlib" not in sys.modules  # its import is slow (a font scan, distutils)
