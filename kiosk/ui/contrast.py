"""WCAG 2.2 contrast ratios of the theme's text roles (pure arithmetic, no Qt)."""
from __future__ import annotations

import re

# Every text role in the stylesheet: (text colour, background colour) names in a palette.
TEXT_ROLES: dict[str, tuple[str, str]] = {
    "body": ("text", "background"),
    "title": ("primary", "background"),
    "heading": ("primary", "background"),
    "summary": ("muted", "background"),
    "note": ("muted", "background"),
    "tile-title": ("primary", "surface"),
    "tile-summary": ("muted", "surface"),
    "big-number": ("emergency", "background"),
    "attract": ("primary", "background"),
    "button": ("text", "surface"),
    "button-pressed": ("pressed_text", "pressed"),
    "button-disabled": ("muted", "surface"),
    "primary-button": ("on_primary", "primary"),
    "primary-button-pressed": ("on_primary", "primary_pressed"),
    "emergency-button": ("on_primary", "emergency"),
    "emergency-button-pressed": ("on_primary", "emergency_pressed"),
    "language-button": ("primary", "surface"),
    "quick-exit-button": ("on_primary", "text"),
    "choice-selected": ("on_primary", "primary"),
    "countdown-panel": ("on_primary", "primary"),
    "countdown-overlay": ("on_primary", "overlay"),
    "nav-bar": ("text", "surface"),
}

BODY_ROLES = ("body", "summary", "note", "tile-summary", "button")


def _channels(colour: str, behind: str | None = None) -> tuple[float, float, float]:
    """sRGB 0-1 channels of #rrggbb or rgba(r, g, b, a) (composited over `behind`)."""
    if colour.startswith("#"):
        return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    match = re.fullmatch(r"rgba\((\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)", colour)
    if not match:
        raise ValueError(f"unsupported colour {colour!r}")
    r, g, b, a = (int(v) for v in match.groups())
    under = _channels(behind or "#ffffff")
    alpha = a / 255
    return tuple(alpha * c / 255 + (1 - alpha) * u for c, u in zip((r, g, b), under))


def relative_luminance(colour: str, behind: str | None = None) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour, behind))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str, behind: str | None = None) -> float:
    """WCAG contrast ratio, 1-21; a translucent background is composited over `behind`."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background, behind)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def role_ratios(palette: dict[str, str]) -> dict[str, float]:
    """The contrast ratio of every text role in `palette`; overlays over the page background."""
    return {
        role: contrast_ratio(palette[fg], palette[bg], behind=palette["background"])
        for role, (fg, bg) in TEXT_ROLES.items()
    }
