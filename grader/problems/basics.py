"""Chapter 1: NumPy and matplotlib basics (arrays, nested lists, plots, images)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Fail,
    Figure,
    Mistake,
    expect_equal,
    text,
)
from grader.spec import Text

# -- chapter 1: NumPy and matplotlib basics ------------------------------------------------------------
# Small integer arrays (and their nested-list twins) so that a hard-coded answer fails and a chapter grades in
# seconds; the plot helpers read the plain figure data of grader/sandbox/figures.py.

SMALL_INTS = st.integers(-20, 60)


def shared_shape(key: str, max_side: int = 4) -> st.SearchStrategy[tuple[int, int]]:
    """One (rows, cols) per example, shared by every strategy built on the same key (operands of one shape)."""
    return st.shared(st.tuples(st.integers(1, max_side), st.integers(1, max_side)), key=key)


def int_arrays(shape: tuple[int, ...]) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.int64, shape, elements=SMALL_INTS)


def int_matrices(key: str) -> st.SearchStrategy[np.ndarray]:
    return shared_shape(key).flatmap(int_arrays)


def int_lists(key: str) -> st.SearchStrategy[list[list[int]]]:
    """The nested Python lists of the "without NumPy" problems: a matrix is a list of rows."""
    return int_matrices(key).map(np.ndarray.tolist)


def fixed_size_mistake(rows: int = 2, cols: int = 2) -> Mistake:
    """The notes start from a fixed `res = [[0, 0], [0, 0]]`: right for their own example only."""
    return Mistake(text(f"결과가 입력과 상관없이 {rows}x{cols} 입니다. res 를 [[0, 0], ...] 로 고정하지 말고 "
                        "len(m), len(m[0]) 으로 크기를 정해 만드세요.",
                        f"The result is {rows}x{cols} whatever the input. Do not fix res as [[0, 0], ...]: "
                        "size it from len(m) and len(m[0])."),
                   when=lambda args, actual: isinstance(actual, list) and len(actual) == rows
                   and all(isinstance(r, list) and len(r) == cols for r in actual)
                   and (len(args[0]), len(args[0][0])) != (rows, cols))


def drawn_axes(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The one axes the learner drew in (the last one with lines, points or an image)."""
    drawn = [ax for figure in figures for ax in figure["axes"] if ax["lines"] or ax["scatter"] or ax["images"]]
    if not drawn:
        raise Fail("values", text("축은 있지만 그려진 선·점·이미지가 없습니다.", "There are axes, but no line, point or image was drawn."),
                   show_values=False)
    return drawn[-1]


def expect_line(line: dict[str, Any], x: Any, y: Any, what: str) -> None:
    """A drawn line has exactly these x and y data (as floats: matplotlib keeps whatever it was given)."""
    if len(line["y"]) != len(y):
        raise Fail("shape", text(f"{what} 선의 점이 {len(line['y'])} 개인데 주어진 데이터는 {len(y)} 개입니다. "
                                 "고정된 데이터가 아니라 인자로 받은 데이터를 그리세요.",
                                 f"{what} the line has {len(line['y'])} points, the data given has {len(y)}. "
                                 "Draw the data passed in, not a fixed one."), show_values=False)
    expect_equal(line["x"], np.asarray(x, dtype=float), what=f"{what} x", dtype=None)
    expect_equal(line["y"], np.asarray(y, dtype=float), what=f"{what} y", dtype=None)


def expect_grid(ax: dict[str, Any]) -> None:
    if not ax["grid"]:
        raise Fail("values", text("격자(grid)가 없습니다: plt.grid() 를 부르세요.", "There is no grid: call plt.grid()."),
                   show_values=False)


def expect_labels(ax: dict[str, Any], **wanted: str) -> None:
    """title / xlabel / ylabel strings, compared as strings (Korean included), outer spaces ignored."""
    names = {"title": ("제목", "title"), "xlabel": ("x축 라벨", "x label"), "ylabel": ("y축 라벨", "y label")}
    for key, expected in wanted.items():
        actual = ax[key].strip()
        if actual != expected:
            swapped = {"xlabel": "ylabel", "ylabel": "xlabel"}.get(key)
            hint = text("x축과 y축 라벨이 뒤바뀌었습니다.", "The x and y labels are swapped.") \
                if swapped and actual == wanted.get(swapped) else None
            ko, en = names[key]
            raise Fail("values", text(f"{ko}이(가) '{expected}' 이어야 하는데 '{actual}' 입니다.",
                                      f"The {en} should be '{expected}', got '{actual}'."),
                       expected=expected, actual=actual, hint=hint)


@lru_cache(maxsize=None)
def fixture_pixels(fixture: str) -> np.ndarray:
    """A fixture image as floats in 0-1, read when a check first needs it (not when problems are listed)."""
    from matplotlib.image import imread

    from grader.workspace import FIXTURES

    pixels = imread(FIXTURES / fixture)
    return pixels if pixels.dtype.kind == "f" else pixels / 255.0


def shows_image(name: str, fixture: str, title: Any = None) -> Figure:
    """`name(path)` reads the fixture image and shows it with imshow: the figure holds the file's pixels.

    The learner may read it with matplotlib (PNG: floats 0-1) or Pillow (bytes 0-255): both are the same picture.
    """
    def expect(figures: list[dict[str, Any]]) -> None:
        pixels = fixture_pixels(fixture)
        images = drawn_axes(figures)["images"]
        if not images:
            raise Fail("values", text("이미지가 없습니다: plt.imshow(img) 로 보여 주세요.",
                                      "No image: show it with plt.imshow(img)."), show_values=False)
        shape = tuple(images[-1]["shape"])
        if shape[:2] == pixels.shape[:2] and len(shape) == 2:
            raise Fail("shape", text(f"{shape} 흑백(한 채널) 이미지입니다. 컬러 이미지 전체 {pixels.shape} 를 보여 주세요.",
                                     f"A {shape} single-channel image. Show the whole colour image {pixels.shape}."),
                       expected=pixels.shape, actual=shape,
                       hint=text("img[:, :, 0] 처럼 채널 하나만 고르면 색이 사라지고 컬러맵으로 칠해집니다.",
                                 "Picking one channel (img[:, :, 0]) drops the colours: imshow paints it with a colour map."))
        if shape[:2] != pixels.shape[:2]:
            raise Fail("shape", text(f"이미지 크기가 {pixels.shape} 이어야 하는데 {shape} 입니다. 주어진 경로의 파일을 읽었나요?",
                                     f"The image should be {pixels.shape}, got {shape}. Did you read the file at the given path?"),
                       expected=pixels.shape, actual=shape)
        shown = images[-1]["array"]
        shown = np.asarray(shown, dtype=float) / (255.0 if np.asarray(shown).dtype.kind in "iu" else 1.0)
        shown = shown[..., :pixels.shape[2]] if shown.ndim == 3 else shown  # an alpha channel changes nothing here
        if shown.shape == pixels.shape and not np.allclose(shown, pixels, atol=1 / 255):
            hint = text("빨강과 파랑 채널이 바뀌었습니다 (OpenCV 는 BGR 순서로 읽습니다).",
                        "Red and blue are swapped (OpenCV reads BGR).") \
                if np.allclose(shown[..., ::-1], pixels, atol=1 / 255) else None
            raise Fail("values", text("보여 준 이미지의 픽셀이 파일과 다릅니다.", "The pixels shown differ from the file's."),
                       show_values=False, hint=hint)

    return Figure(name, expect, args=(f"fixtures/{fixture}",),
                  title=title or text(f"{fixture} 를 읽어 imshow 로 표시", f"reads {fixture} and shows it with imshow"))


HEART = ([6, 4, 2, 0, 2, 4, 6], [6, 8, 8, 6, 8, 8, 6])  # the notes' two lists (p012, p013)
SMALL_HEART = ([4, 2, 0, 2, 4], [4, 6, 4, 6, 4])


def heart_figure(name: str, lower: list[int], upper: list[int], title: str | None = None) -> Figure:
    """`name(lower, upper)` draws both lists as red lines over a grid (and, when given, with this title)."""
    def expect(figures: list[dict[str, Any]]) -> None:
        ax = drawn_axes(figures)
        lines = ax["lines"]
        if len(lines) < 2:
            raise Fail("values", text(f"선이 {len(lines)} 개입니다: 두 리스트를 각각 plt.plot 으로 그리세요.",
                                      f"{len(lines)} line(s): draw each of the two lists with plt.plot."), show_values=False)
        for half, data in (("lower", lower), ("upper", upper)):
            line = next((ln for ln in lines if len(ln["y"]) == len(data) and np.allclose(ln["y"], data)), None)
            if line is None:
                raise Fail("values", text(f"{data} 를 그린 선이 없습니다 (인자로 받은 리스트를 그리세요).",
                                          f"No line draws {data} (draw the lists passed in)."),
                           expected=np.asarray(data, dtype=float), actual=[ln["y"] for ln in lines])
            expect_line(line, np.arange(len(data)), data, f"{half}:")
            if line["color"] != "#ff0000":
                raise Fail("values", text(f"선 색이 빨강이어야 하는데 {line['color']} 입니다: plt.plot(..., color='red').",
                                          f"The line should be red, it is {line['color']}: plt.plot(..., color='red')."),
                           expected="#ff0000", actual=line["color"])
        expect_grid(ax)
        if title is not None and ax["title"].strip() != title:
            if title in [figure["suptitle"].strip() for figure in figures]:
                raise Fail("values", text(f"제목이 '{title}' 이어야 합니다.", f"The title should be '{title}'."),
                           expected=title, actual=ax["title"],
                           hint=text("plt.suptitle 은 그림 전체의 제목입니다. 그래프(축)의 제목은 plt.title 입니다.",
                                     "plt.suptitle titles the whole figure. The graph's (axes') title is plt.title."))
            expect_labels(ax, title=title)

    which = text("노트의 하트", "the notes' heart") if (lower, upper) == HEART else text("다른 두 리스트", "two other lists")
    return Figure(name, expect, args=(lower, upper), title=text(f"빨간 두 선과 격자: {which.ko}", f"two red lines and a grid: {which.en}"))


# The notes' x, y of p014-p016 (months and house prices), and other data so that a fixed plot fails.
HOUSE_PRICES = (np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4]))
HOUSE_PRICES_GIVEN = "x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])\ny = np.array([9, 8, 7, 9, 8, 3, 2, 4, 3, 4])"
OTHER_PRICES = (np.array([2, 3, 5, 8, 13, 21]), np.array([1.5, -2.0, 4.0, 4.5, 0.0, 7.25]))


def house_price_figures(name: str, expect_for: Callable[[np.ndarray, np.ndarray], Callable[[list], None]],
                        caption: Text) -> tuple[Figure, Figure]:
    """`name(x, y)` drawn twice, on the notes' data and on other data; expect_for(x, y) judges each figure."""
    return tuple(Figure(name, expect_for(x, y), args=(x, y), title=text(f"{caption.ko}: {which.ko}", f"{caption.en}: {which.en}"))
                 for (x, y), which in ((HOUSE_PRICES, text("노트의 x, y", "the notes' x, y")),
                                       (OTHER_PRICES, text("다른 x, y", "other x, y"))))


# p017 / p018: the yearly openings (rebuilt from the notes) and closings (synthetic) of fixtures/make_csv.py.
OPENINGS_CSV, CLOSINGS_CSV = "창업건수.csv", "폐업건수.csv"
CHICKEN_COLUMN = 4  # column 0 is the year; the notes plot column 4, 치킨집


def expect_chicken_line(line: dict[str, Any], fixture: str, what: str) -> None:
    """The line is (years, chicken counts) of the fixture CSV, with its two classic slips named."""
    from grader.workspace import FIXTURES

    columns = np.loadtxt(FIXTURES / fixture, skiprows=1, unpack=True, delimiter=",")
    if len(line["x"]) == columns.shape[0] and np.allclose(line["x"], columns[:, 0]):
        raise Fail("values", text(f"{what}: x 가 연도가 아니라 2005년 한 행입니다. np.loadtxt(..., unpack=True) 로 읽어야 "
                                  "chi[0] 이 연도 전체, chi[4] 가 치킨집 전체가 됩니다.",
                                  f"{what}: x is not the years but the row of 2005. Read with np.loadtxt(..., unpack=True): "
                                  "then chi[0] holds every year and chi[4] every chicken count."),
                   expected=columns[0], actual=line["x"])
    other = next((k for k, column in enumerate(columns) if k != CHICKEN_COLUMN and len(line["y"]) == len(column)
                  and np.allclose(line["y"], column)), None)
    if other is not None and np.allclose(line["x"], columns[0]):
        raise Fail("values", text(f"{what}: y 가 {other}번 열입니다. 치킨집은 {CHICKEN_COLUMN}번 열 (0번 = 연도, 다섯 번째 열) 입니다.",
                                  f"{what}: y is column {other}. Chicken restaurants are column {CHICKEN_COLUMN} "
                                  "(column 0 = year: the fifth column)."),
                   expected=columns[CHICKEN_COLUMN], actual=line["y"])
    expect_line(line, columns[0], columns[CHICKEN_COLUMN], what)
