"""What a captured frame shows, measured in pixels (QImage; no display needed)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QColor, QImage


def load(path: Path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _pixels(image: QImage) -> memoryview:
    return memoryview(bytes(image.constBits())).cast("I")  # 0xffRRGGBB per pixel


def colour_shares(image: QImage) -> dict[str, float]:
    """Share of the frame each colour covers, by "#rrggbb"."""
    counts = Counter(_pixels(image))
    total = image.width() * image.height()
    return {QColor.fromRgb(value).name(): n / total for value, n in counts.items()}


def black_edges(image: QImage) -> list[str]:
    """Edges of the frame that are entirely black: where the client does not cover the output."""
    black = QColor("#000000").rgb()
    w, h = image.width(), image.height()
    edges = {
        "top": [image.pixel(x, 0) for x in range(w)],
        "bottom": [image.pixel(x, h - 1) for x in range(w)],
        "left": [image.pixel(0, y) for y in range(h)],
        "right": [image.pixel(w - 1, y) for y in range(h)],
    }
    return [name for name, pixels in edges.items() if all(p == black for p in pixels)]


def changed_share(before: QImage, after: QImage) -> float:
    """Share of pixels that differ between two frames of the same size."""
    assert before.size() == after.size()
    a, b = _pixels(before), _pixels(after)
    return sum(1 for x, y in zip(a, b) if x != y) / len(a)


def first_button(image: QImage, surface: str, top_share: float = 0.15) -> tuple[int, int]:
    """Centre of the first wide run of `surface` colour below the top bar: a button's face."""
    colour = QColor(surface).rgb()
    pixels = _pixels(image)
    w, h = image.width(), image.height()
    band: list[tuple[int, int, int]] = []  # (y, x_start, x_end) of consecutive rows
    for y in range(int(h * top_share), h):
        row = pixels[y * w:(y + 1) * w]
        run = _wide_run(row, colour, w // 5)
        if run:
            band.append((y, *run))
        elif band:
            break
    assert band, "no button found in the frame"
    y = (band[0][0] + band[-1][0]) // 2
    x = (band[0][1] + band[0][2]) // 2
    return x, y


def _wide_run(row, colour: int, min_length: int) -> tuple[int, int] | None:
    start = None
    for x, value in enumerate([*row, None]):
        if value == colour:
            start = x if start is None else start
        elif start is not None:
            if x - start >= min_length:
                return start, x
            start = None
    return None
