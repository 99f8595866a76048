"""Turn the learner's open matplotlib figures into plain data: what was drawn, not how it looks."""
from __future__ import annotations

from typing import Any

import numpy as np

MAX_IMAGE_BYTES = 4 * 2**20


def _line(line: Any) -> dict[str, Any]:
    from matplotlib.colors import to_hex

    return {
        "x": np.asarray(line.get_xdata(), dtype=float),
        "y": np.asarray(line.get_ydata(), dtype=float),
        "label": str(line.get_label()),
        "color": to_hex(line.get_color()),
        "linestyle": str(line.get_linestyle()),
        "marker": str(line.get_marker()),
    }


def _image(image: Any) -> dict[str, Any]:
    array = np.asarray(image.get_array())
    return {
        "shape": list(array.shape),
        "cmap": image.get_cmap().name,
        "array": array if array.nbytes <= MAX_IMAGE_BYTES else None,
    }


def _axes(ax: Any) -> dict[str, Any]:
    legend = ax.get_legend()
    return {
        "title": ax.get_title(),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "xlim": [float(v) for v in ax.get_xlim()],
        "ylim": [float(v) for v in ax.get_ylim()],
        "grid": any(g.get_visible() for g in [*ax.get_xgridlines(), *ax.get_ygridlines()]),
        "legend": [t.get_text() for t in legend.get_texts()] if legend else None,
        "lines": [_line(line) for line in ax.get_lines()],
        "scatter": [np.asarray(c.get_offsets(), dtype=float) for c in ax.collections if len(c.get_offsets())],
        "images": [_image(im) for im in ax.get_images()],
    }


def figure_data() -> list[dict[str, Any]]:
    """Every open figure as plain data, then close them all so the next call starts clean."""
    import matplotlib.pyplot as plt

    figures = []
    for number in plt.get_fignums():
        figure = plt.figure(number)
        suptitle = figure._suptitle.get_text() if figure._suptitle else ""
        figures.append({"suptitle": suptitle, "axes": [_axes(ax) for ax in figure.get_axes()]})
    plt.close("all")
    return figures
