"""Chapter 7, first half (convolution by hand): truths, inputs and named mistakes shared by p173-p209.

The truths are computed here with NumPy's sliding windows and one einsum, not with the loops the learner
writes (and never by importing reference/). Arrays are channels-first as in the book: an image (C, H, W), a
filter (C, FH, FW); a single-channel matrix (H, W).
"""
from __future__ import annotations

from functools import cache
from typing import Any, Callable, Sequence

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from numpy.lib.stride_tricks import sliding_window_view

from grader.checks import Context, Custom, Fail, Figure, Mistake, text
from grader.compare import expect_equal
from grader.problems.basics import drawn_axes
from grader.spec import Text

# -- the notes' data (p173-p209), corrected where the notes are inconsistent ----------------------------------

A4 = np.array([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]])
A4_GIVEN = "A = np.array([[1, 2, 3, 0],\n              [0, 1, 2, 3],\n              [3, 0, 1, 2],\n              [2, 3, 0, 1]])"
KERNEL = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]])
KERNEL_GIVEN = "filter = np.array([[2, 0, 1],\n                   [0, 1, 2],\n                   [1, 0, 2]])"
# p189's (3, 5, 5) "RGB" data, channels first: DATA[0] is red. p201-p206 use it (the notes' printed outputs of
# p201, p204-p206 were computed on p207's other array; the answers here are recomputed on this one).
DATA = np.array([[[2, 2, 1, 1, 0], [0, 0, 1, 0, 0], [0, 2, 0, 0, 1], [1, 2, 1, 1, 1], [1, 0, 1, 0, 1]],
                 [[2, 0, 0, 0, 1], [0, 2, 2, 0, 1], [0, 0, 0, 0, 2], [0, 1, 2, 0, 1], [2, 0, 2, 2, 2]],
                 [[4, 2, 1, 2, 2], [0, 1, 0, 4, 2], [3, 0, 6, 2, 2], [4, 2, 4, 5, 2], [3, 4, 1, 0, 0]]])
DATA_GIVEN = "data = np.array(" + np.array2string(DATA, separator=", ").replace("\n\n", "\n").replace("\n", "\n" + " " * 16) + ")"
DATA_PAD = np.pad(DATA, ((0, 0), (1, 1), (1, 1)))
DATA_PAD_GIVEN = "data_pad = np.pad(data, ((0, 0), (1, 1), (1, 1)))   # (3, 7, 7), p198"
FILTER_ROWS = [[1, 1, -1, -1, 0, 0, 1, 1, 0], [-1, -1, 0, 0, -1, 1, 0, -1, 0], [-1, 1, 1, -1, 1, -1, 0, 0, -1]]
FILTER = np.array(FILTER_ROWS).reshape(3, 3, 3)  # p193: (C, FH, FW); FILTER[0] is the red filter
FILTER_GIVEN = ("Filter = np.array([[[1, 1, -1, -1, 0, 0, 1, 1, 0],\n"
                "                    [-1, -1, 0, 0, -1, 1, 0, -1, 0],\n"
                "                    [-1, 1, 1, -1, 1, -1, 0, 0, -1]]]).reshape(3, 3, 3)")

# -- truths -------------------------------------------------------------------------------------------------


def zero_pad(x: np.ndarray, p: int) -> np.ndarray:
    """p zeros on every side of the last two axes (never on the channel axis)."""
    return np.pad(x, [(0, 0)] * (x.ndim - 2) + [(p, p), (p, p)])


def windows(x: np.ndarray, fh: int, fw: int, stride: int = 1) -> np.ndarray:
    """Every (fh, fw) window of the last two axes, stepping by stride: (..., OH, OW, fh, fw)."""
    return sliding_window_view(x, (fh, fw), axis=(-2, -1))[..., ::stride, ::stride, :, :]


def correlate(x: np.ndarray, w: np.ndarray, stride: int = 1, pad: int = 0, bias: Any = 0) -> np.ndarray:
    """The book's convolution (a cross-correlation, filter not flipped) of (H, W) or (C, H, W) by a filter of
    the same number of axes: one (OH, OW) map, channels summed, bias added once per output."""
    x, w = np.asarray(x), np.asarray(w)
    if x.ndim == 2:
        x, w = x[np.newaxis], w[np.newaxis]
    view = windows(zero_pad(x, pad), w.shape[-2], w.shape[-1], stride)  # (C, OH, OW, FH, FW)
    return np.einsum("cijhw,chw->ij", view, w) + bias


def flipped(w: np.ndarray) -> np.ndarray:
    """The filter rotated by 180 degrees: correlating with it is the textbook-maths convolution."""
    return np.asarray(w)[..., ::-1, ::-1]


def values_equal(actual: Any, expected: Any) -> bool:
    """Same shape and values (for naming a mistake: the learner's wrong result equals a known wrong one)."""
    try:
        expect_equal(actual, expected, rtol=1e-6, atol=1e-8, dtype=None)
        return True
    except Exception:
        return False


def looks_like(shown: Any, array: Any) -> bool:
    """An image's data is this array as imshow keeps it: as given, clipped to 0-1, or rescaled to 0-1."""
    def rescaled(a: np.ndarray) -> np.ndarray:
        span = a.max() - a.min()
        return (a - a.min()) / span if span else a - a.min()

    try:
        s, a = np.asarray(shown, dtype=float), np.asarray(array, dtype=float)
        return s.shape == a.shape and (np.allclose(s, a) or np.allclose(s, np.clip(a, 0, 1)) or np.allclose(rescaled(s), rescaled(a)))
    except Exception:
        return False


def same_values(actual: Any, expected: Any) -> bool:
    """Like values_equal, but a NumPy array and a list of the same numbers count as the same."""
    try:
        a, e = np.asarray(actual, dtype=float), np.asarray(expected, dtype=float)
        return a.shape == e.shape and np.allclose(a, e)
    except Exception:
        return False


# -- inputs ---------------------------------------------------------------------------------------------------

SMALL = st.integers(-9, 9)


def int_arrays(shape: tuple[int, ...]) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.int64, shape, elements=SMALL)


@st.composite
def _layout(draw: Any, channels: bool, max_side: int, strided: bool, padded: bool) -> dict[str, int]:
    """Sizes of one image and of a filter that fits it (after padding P): C, H, W, FH, FW, stride S, and
    a square size F with a position (i, j) where an F x F window fits, an output position (oi, oj)."""
    c = draw(st.integers(1, 3)) if channels else 0
    h, w = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
    p = draw(st.integers(0, 2)) if padded else 0
    fh, fw = draw(st.integers(1, min(4, h + 2 * p))), draw(st.integers(1, min(4, w + 2 * p)))
    s = draw(st.integers(1, 3)) if strided else 1
    f = draw(st.integers(1, min(4, h + 2 * p, w + 2 * p)))  # a square window / filter size
    i, j = draw(st.integers(0, h + 2 * p - f)), draw(st.integers(0, w + 2 * p - f))  # where an f x f window fits
    oi = draw(st.integers(0, (h + 2 * p - fh) // s))  # an output position of the (FH, FW) filter with stride s
    oj = draw(st.integers(0, (w + 2 * p - fw) // s))
    return {"C": c, "H": h, "W": w, "FH": fh, "FW": fw, "S": s, "P": p, "F": f, "i": i, "j": j, "oi": oi, "oj": oj}


def layouts(key: str, channels: bool = False, max_side: int = 6, strided: bool = False,
            padded: bool = False) -> st.SearchStrategy[dict[str, int]]:
    """One layout per example, shared by every strategy built on the same key (image, filter, stride...)."""
    return st.shared(_layout(channels, max_side, strided, padded), key=key)


def images(key: str, **kw: Any) -> st.SearchStrategy[np.ndarray]:
    """(H, W) matrices, or (C, H, W) images with channels=True, of the shared layout."""
    return layouts(key, **kw).flatmap(lambda s: int_arrays((s["C"], s["H"], s["W"]) if s["C"] else (s["H"], s["W"])))


def filters(key: str, **kw: Any) -> st.SearchStrategy[np.ndarray]:
    """(FH, FW) filters, or (C, FH, FW) with channels=True, that fit the shared layout's image."""
    return layouts(key, **kw).flatmap(lambda s: int_arrays((s["C"], s["FH"], s["FW"]) if s["C"] else (s["FH"], s["FW"])))


def layout_value(key: str, field: str, **kw: Any) -> st.SearchStrategy[int]:
    return layouts(key, **kw).map(lambda s: s[field])


# -- named mistakes ----------------------------------------------------------------------------------------------

FLIPPED = text("필터를 180도 뒤집어 곱했습니다: 수학 교과서의 '합성곱'입니다. 이 책(과 딥러닝 라이브러리)의 합성곱은 필터를 "
               "뒤집지 않고 창(window)에 그대로 겹쳐 같은 자리끼리 곱해 더합니다 (교차상관).",
               "The filter was flipped (rotated 180°): that is the textbook-maths convolution. The book's convolution "
               "(like every deep-learning library's) lays the filter on the window as it is and sums the products "
               "(a cross-correlation).")
OFF_BY_ONE = text("창(window)의 개수가 틀렸습니다: 한 줄에 들어가는 창은 (N - F) / S + 1 개이므로 range(N - F + 1) 입니다 "
                  "(range(N - F) 는 마지막 창을 빠뜨립니다).",
                  "The number of windows is off by one: (N - F) / S + 1 windows fit in a row, so loop over "
                  "range(N - F + 1) (range(N - F) misses the last window).")
FIXED_SIZE = text("4 x 4 행렬과 3 x 3 필터에만 맞는 코드입니다 (range(len(A) - 2), reshape(2, 2) 처럼 크기를 고정했습니다). "
                  "행렬과 필터의 크기로 창의 개수 (N - F) / S + 1 를 계산하세요.",
                  "The code only fits a 4 x 4 matrix and a 3 x 3 filter (sizes fixed, as in range(len(A) - 2) or "
                  "reshape(2, 2)). Compute the number of windows (N - F) / S + 1 from the matrix's and filter's sizes.")
TRANSPOSED = text("행과 열이 뒤바뀌었습니다: 바깥 반복문은 행(위→아래, A[i:i+F, ...]), 안쪽 반복문은 열(왼쪽→오른쪽, "
                  "A[..., j:j+F])을 돌아야 결과가 행 순서로 나옵니다.",
                  "Rows and columns are swapped: the outer loop should walk the rows (top to bottom, A[i:i+F, ...]) and the "
                  "inner loop the columns (left to right, A[..., j:j+F]), so the results come out row by row.")
NO_BIAS = text("편향(bias)을 더하지 않았습니다: 합성곱 결과의 모든 원소에 bias 를 한 번씩 더하세요.",
               "The bias is missing: add bias once to every element of the convolution's result.")
BIAS_EACH = text("bias 를 창의 원소마다 더했습니다 (np.sum(window * filter + bias)): 출력 하나에 bias 는 한 번, 합을 구한 뒤에 더합니다.",
                 "The bias was added to every product in the window (np.sum(window * filter + bias)): add it once per "
                 "output, after the sum.")
ONE_SIDED = text("패딩이 한쪽(아래·오른쪽)에만 붙었습니다: 제로 패딩 p 는 위·아래·왼쪽·오른쪽에 p 줄씩 붙입니다 "
                 "(np.pad(m, p) 또는 ((p, p), (p, p))).",
                 "The padding is on one side only (bottom and right): zero padding p adds p rows and columns on every side "
                 "(np.pad(m, p) or ((p, p), (p, p))).")
CHANNELS_LAST = text("채널 축을 마지막 축 (H, W, C) 으로 보았습니다. 이 장의 data 와 Filter 는 채널이 맨 앞인 (C, H, W) 입니다: "
                     "data[0] 이 Red 행렬, data[:, i, j] 가 한 픽셀의 RGB 입니다.",
                     "The channel axis was taken as the last one (H, W, C). This chapter's data and Filter are channels-first "
                     "(C, H, W): data[0] is the red matrix and data[:, i, j] one pixel's RGB.")
CHANNELS_NOT_SUMMED = text("채널마다 따로 합을 구하고 세 채널을 더하지 않았습니다: 3차원 합성곱의 출력 하나는 모든 채널의 곱을 다 더한 숫자 하나입니다.",
                           "The sums were taken per channel and never added together: one output of a 3-D convolution is "
                           "one number, the sum of the products over all channels.")
SQUARE_ONLY = text("행렬과 필터가 정사각형이라고 가정했습니다: 열(가로)의 개수는 len(a[0]) (= a.shape[1]), 필터의 너비는 "
                   "kernel.shape[1] 로 따로 세세요.",
                   "It assumes a square matrix and filter: count the columns with len(a[0]) (= a.shape[1]) and use the "
                   "filter's own width kernel.shape[1].")
MATMUL = text("행렬곱(@ 또는 np.dot)을 했습니다: 합성곱은 같은 자리의 원소끼리 곱하는 a * b 입니다.",
              "That is a matrix product (@ or np.dot): convolution multiplies the elements at the same positions, a * b.")
NOT_SUMMED = text("곱한 행렬을 그대로 돌려주었습니다: 합성곱 한 번의 결과는 원소별 곱을 모두 더한 숫자 하나입니다 (np.sum).",
                  "It returned the matrix of products: one convolution step is a single number, the sum of all the "
                  "element-wise products (np.sum).")


# -- figures --------------------------------------------------------------------------------------------------


def _shown(figures: list[dict[str, Any]]) -> list[np.ndarray]:
    """The last image of every axes that shows one, in drawing order."""
    return [np.asarray(ax["images"][-1]["array"], dtype=float)
            for figure in figures for ax in figure["axes"] if ax["images"] and ax["images"][-1]["array"] is not None]


def expect_images(figures: list[dict[str, Any]], expected: Sequence[np.ndarray], what: Sequence[Text],
                  wrong: Sequence[tuple[np.ndarray, Text]] = ()) -> None:
    """Each expected array is shown with imshow in an axes of its own, in order; known wrong arrays are named."""
    drawn_axes(figures)
    shown = _shown(figures)
    if not shown:
        raise Fail("values", text("이미지가 없습니다: plt.imshow(...) 로 보여 주세요.", "No image: show it with plt.imshow(...)."),
                   show_values=False)
    stacked = sum(len(ax["images"]) for figure in figures for ax in figure["axes"]) > len(shown)
    if len(shown) < len(expected):
        hint = text("한 축(axes)에 imshow 를 여러 번 부르면 마지막 그림만 보입니다: plt.subplot(1, 3, i + 1) 또는 plt.figure() 로 "
                    "그림마다 자리를 따로 만드세요.",
                    "Several imshow calls on one axes show only the last picture: give each its own place with "
                    "plt.subplot(1, 3, i + 1) or plt.figure().") if stacked else None
        raise Fail("shape", text(f"그림이 {len(expected)} 개여야 하는데 따로 보이는 그림은 {len(shown)} 개입니다.",
                                 f"There should be {len(expected)} pictures, {len(shown)} can be seen."),
                   expected=len(expected), actual=len(shown), hint=hint)
    for array, label, got in zip(expected, what, shown[-len(expected):]):
        if not same_values(got, array):
            hint = next((says for bad, says in wrong if looks_like(got, bad)), None)
            raise Fail("values", text(f"{label.ko}: imshow 에 넘긴 배열이 다릅니다.", f"{label.en}: the array passed to imshow differs."),
                       expected=np.asarray(array), actual=got, hint=hint)


def figure_of(name: str, args: tuple, expected: Callable[..., Sequence[np.ndarray]], what: Sequence[Text],
              wrong: Callable[..., Sequence[tuple[np.ndarray, Text]]] = lambda *a: (), title: Text | None = None) -> Figure:
    """`name(*args)` shows expected(*args) with imshow (one axes per array)."""
    return Figure(name, lambda figures: expect_images(figures, expected(*args), what, wrong(*args)), args=args,
                  title=title or text("imshow 로 보여 준 배열", "the arrays shown with imshow"))


# -- the synthetic photos of fixtures/make_photos.py (p186-p188) -----------------------------------------------

PHOTOS = ("photos/portrait.jpg", "photos/red_phone.jpg")  # stand-ins for the notes' celebrity photo and red iPhone


@cache
def photo(name: str) -> np.ndarray:
    """The fixture photo's pixels as Pillow decodes them: (H, W, 3) uint8. Read when a check runs, not at import."""
    from PIL import Image

    from grader.workspace import FIXTURES

    with Image.open(FIXTURES / name) as image:
        return np.array(image.convert("RGB"))


def photo_arg(name: str) -> str:
    return f"fixtures/{name}"


# -- the padding formula (p181-p185) ------------------------------------------------------------------------------


def _number(value: Any) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def padding_mistakes(sizes: Callable[[tuple], tuple[int, int, int, int]]) -> tuple[Mistake, ...]:
    """The classic slips solving OH = (H + 2P - FH) / S + 1 for P; sizes(args) gives (H, FH, OH, S)."""
    def gives(formula: Callable[[int, int, int, int], float]) -> Callable[[tuple, Any], bool]:
        return lambda args, actual: _number(actual) and bool(np.isclose(float(actual), formula(*sizes(args))))

    return (
        Mistake(text("노트의 식 P = ((OH-1)S - (1-F)H) / 2 는 오타입니다: OH = (H + 2P - FH)/S + 1 을 P 에 대해 풀면 "
                     "P = ((OH - 1) S - H + FH) / 2 입니다.",
                     "The notes' formula P = ((OH-1)S - (1-F)H) / 2 has a typo: solving OH = (H + 2P - FH)/S + 1 for P "
                     "gives P = ((OH - 1) S - H + FH) / 2."),
                when=gives(lambda h, fh, oh, s: ((oh - 1) * s - (1 - fh) * h) / 2)),
        Mistake(text("2 로 나누지 않았습니다: 식의 2P 는 위·아래(왼쪽·오른쪽) 양쪽의 패딩입니다. 한쪽의 패딩 P 는 그 절반입니다.",
                     "It is not divided by 2: the 2P of the formula is the padding of both sides (top and bottom). "
                     "The padding P of one side is half of it."),
                when=gives(lambda h, fh, oh, s: (oh - 1) * s - h + fh)),
        Mistake(text("연산자 우선순위: / 가 - 보다 먼저 계산됩니다. 분자 전체를 괄호로 묶으세요: ((OH - 1) * S - H + FH) / 2.",
                     "Operator precedence: / binds before -. Put the whole numerator in brackets: ((OH - 1) * S - H + FH) / 2."),
                when=lambda args, actual: _number(actual) and any(np.isclose(float(actual), f(*sizes(args))) for f in (
                    lambda h, fh, oh, s: (oh - 1) * s - h + fh / 2, lambda h, fh, oh, s: oh - 1 * s - h + fh / 2))),
        Mistake(text("부호가 틀렸습니다: -(H - FH) 는 -H + FH 입니다.", "A sign is wrong: -(H - FH) is -H + FH."),
                when=gives(lambda h, fh, oh, s: ((oh - 1) * s - h - fh) / 2)),
    )


@st.composite
def _padding_case(draw: Any) -> tuple[int, int, int, int]:
    """(H, FH, OH, S) that a whole padding P reaches exactly: H = (OH - 1) S + FH - 2P."""
    oh, s, fh = draw(st.integers(1, 6)), draw(st.integers(1, 3)), draw(st.integers(1, 5))
    p = draw(st.integers(0, min(2, ((oh - 1) * s + fh - 1) // 2)))  # keeps H >= 1
    return (oh - 1) * s + fh - 2 * p, fh, oh, s


def padding_sizes(key: str) -> tuple[st.SearchStrategy[int], ...]:
    """Strategies for H, FH, OH, S (in that order) of one shared padding case."""
    case = st.shared(_padding_case(), key=key)
    return tuple(case.map(lambda c, i=i: c[i]) for i in range(4))


def photo_check(name: str, photo_name: str, expected: Callable[[np.ndarray], Any], mistakes: Sequence[Mistake],
                title: Text) -> Custom:
    """`name("fixtures/<photo_name>")` returns expected(pixels); a wrong result is named by `mistakes`.

    (An Example needs its expected value when the problem is declared; the photo is read only when the check runs.)
    """
    def run(ctx: Context) -> None:
        path = photo_arg(photo_name)
        actual = ctx.session.call(name, path, seed=ctx.seed)
        pixels = photo(photo_name)
        try:
            expect_equal(actual, expected(pixels), dtype="kind")
        except Fail as error:
            error.input = (path,)
            error.hint = next((m.says for m in mistakes if m.matches((pixels,), actual)), error.hint)
            raise

    return Custom(run, title)


def photo_mistakes() -> tuple[Mistake, ...]:
    """Slips reading an (H, W, 3) photo; `like`/`when` see (pixels,) as args, the learner's result as actual."""
    return (
        Mistake(text("PIL 의 Image 객체를 그대로 돌려주었습니다: np.array(img) 로 숫자 배열로 바꾸세요.",
                     "It returned the PIL Image object itself: turn it into an array of numbers with np.array(img)."),
                when=lambda args, actual: type(actual).__name__ == "Opaque"),
        Mistake(text("채널을 맨 앞으로 옮겼습니다 (3, H, W): 사진 파일을 읽은 배열은 (높이, 너비, 3) 채널이 마지막입니다. 옮기지 말고 그대로 두세요.",
                     "The channels were moved to the front (3, H, W): a photo read from a file is (height, width, 3), "
                     "channels last. Leave it as it is."),
                when=lambda args, actual: same_values(actual, np.transpose(args[0], (2, 0, 1)))),
        Mistake(text("높이와 너비가 바뀌었습니다: 배열은 (높이, 너비, 3) 입니다 (img.size 는 (너비, 높이) 순서이니 주의).",
                     "Height and width are swapped: the array is (height, width, 3) (mind: img.size is (width, height))."),
                when=lambda args, actual: same_values(actual, np.transpose(args[0], (1, 0, 2)))),
        Mistake(text("흑백으로 바꿨습니다: RGB 세 채널을 그대로 두세요 (convert('L') 없이).",
                     "It was turned grey: keep the three RGB channels (no convert('L'))."),
                when=lambda args, actual: isinstance(actual, np.ndarray) and actual.shape == args[0].shape[:2]),
        Mistake(text("0~1 로 나눴습니다: 사진의 픽셀은 0~255 정수(uint8) 입니다. np.array(img) 그대로 두세요.",
                     "It was scaled to 0-1: a photo's pixels are whole numbers 0-255 (uint8). Keep np.array(img) as it is."),
                when=lambda args, actual: same_values(np.asarray(actual, dtype=float) * 255 if isinstance(actual, np.ndarray) else None,
                                                      args[0])),
    )


def hard_coded(example_result: Any) -> Mistake:
    """The notes' printed result, whatever the input: a constant, not a function of the arguments."""
    return Mistake(text("입력과 상관없이 노트의 예시 결과를 그대로 돌려줍니다: 인자로 받은 배열(크기)로 계산하세요.",
                        "It returns the notes' example result whatever the input: compute it from the arguments."),
                   when=lambda args, actual: same_values(actual, example_result))
