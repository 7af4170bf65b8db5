"""Colours, type sizes and touch-target sizes; physical sizes in millimetres become pixels here."""
from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4

# Body text on background is 12.6:1; primary buttons white on blue 8.6:1 (WCAG AAA).
COLOURS = {
    "background": "#f4f6f9",
    "surface": "#ffffff",
    "text": "#1b2430",
    "muted": "#4a5568",
    "primary": "#0b3a66",
    "primary_pressed": "#072646",
    "on_primary": "#ffffff",
    "border": "#c5cfdb",
    "emergency": "#a4161a",
    "emergency_pressed": "#7a0f12",
    "overlay": "#0b1626",  # opaque: nothing of the page shows through
    "pressed": "#c5cfdb",
    "pressed_text": "#1b2430",
}

# High contrast (WCAG 2.2 AAA): black on white, borders black; every text role >= 7:1.
# Light rather than dark, so the navy pictograms stay visible without redrawing them.
HIGH_CONTRAST_COLOURS = {
    "background": "#ffffff",
    "surface": "#ffffff",
    "text": "#000000",
    "muted": "#1f1f1f",
    "primary": "#002a52",
    "primary_pressed": "#000000",
    "on_primary": "#ffffff",
    "border": "#000000",
    "emergency": "#8a0000",
    "emergency_pressed": "#5c0000",
    "overlay": "#000000",
    "pressed": "#000000",
    "pressed_text": "#ffffff",
}

# Text size levels a visitor can choose; 1.0 is the default. Touch targets do not change.
TEXT_SCALES = (1.0, 1.25, 1.5)
# The application property holding the chosen one, for layouts that reflow with it.
TEXT_SCALE_PROPERTY = "kiosk_text_scale"


@dataclass(frozen=True)
class Metrics:
    """Converts physical millimetres to pixels for the screen the kiosk runs on."""

    dpi: float
    text_scale: float = 1.0  # the visitor's text size (TEXT_SCALES); type only, not targets

    def mm(self, millimetres: float) -> int:
        return round(millimetres * self.dpi / MM_PER_INCH)

    @property
    def target(self) -> int:
        """Smallest touch target: 10 mm."""
        return self.mm(10)

    @property
    def primary_target(self) -> int:
        """Primary actions: 15 mm."""
        return self.mm(15)

    @property
    def body_px(self) -> int:
        return round(max(22, self.mm(6.2)) * self.text_scale)

    @property
    def title_px(self) -> int:
        return round(max(34, self.mm(10)) * self.text_scale)


def metrics_for(dpi_setting: float, screen_dpi: float) -> Metrics:
    """Use the configured density when set; screens often report nonsense physical sizes."""
    dpi = dpi_setting or screen_dpi
    if not 60 <= dpi <= 400:
        dpi = 96.0
    return Metrics(dpi)


def transparent(colour: str) -> str:
    """The colour with nothing of it showing (a gradient from plain "transparent" would pass
    through grey)."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, 0)"


def stylesheet(m: Metrics, colours: dict | None = None) -> str:
    c = colours or COLOURS
    return f"""
    QWidget#KioskRoot, QWidget#Screen {{ background: {c['background']}; }}
    QLabel {{ color: {c['text']}; font-size: {m.body_px}px; }}
    QLabel[role="title"] {{ font-size: {m.title_px}px; font-weight: bold; color: {c['primary']}; }}
    QLabel[role="heading"] {{ font-size: {round(m.body_px * 1.25)}px; font-weight: bold;
                              color: {c['primary']}; }}
    QLabel[role="summary"] {{ font-size: {round(m.body_px * 1.08)}px; color: {c['muted']}; }}
    QLabel[role="note"] {{ font-size: {round(m.body_px * 0.8)}px; color: {c['muted']}; }}
    QLabel[role="tile-title"] {{ font-size: {round(m.body_px * 1.1)}px; font-weight: bold;
                                 color: {c['primary']}; }}
    QLabel[role="tile-summary"] {{ font-size: {round(m.body_px * 0.85)}px; color: {c['muted']}; }}
    QLabel[role="big-number"] {{ font-size: {m.mm(22)}px; font-weight: bold; color: {c['emergency']}; }}
    QLabel[role="attract"] {{ font-size: {m.title_px}px; color: {c['primary']}; }}
    QPushButton {{
        font-size: {m.body_px}px; color: {c['text']}; background: {c['surface']};
        border: 2px solid {c['border']}; border-radius: {m.mm(2)}px;
        min-height: {m.target}px; min-width: {m.target}px; padding: {m.mm(1.5)}px {m.mm(3)}px;
    }}
    QPushButton:pressed {{ background: {c['border']}; }}
    QPushButton[role="primary"] {{
        background: {c['primary']}; color: {c['on_primary']}; border-color: {c['primary']};
        min-height: {m.primary_target}px; font-weight: bold;
    }}
    QPushButton[role="primary"]:pressed {{ background: {c['primary_pressed']}; }}
    QPushButton[role="emergency"] {{
        background: {c['emergency']}; color: {c['on_primary']}; border-color: {c['emergency']};
        min-height: {m.primary_target}px; font-weight: bold;
    }}
    QPushButton[role="emergency"]:pressed {{ background: {c['emergency_pressed']}; }}
    QPushButton[role="nav"] {{ min-height: {m.primary_target}px; min-width: {m.primary_target}px; }}
    QPushButton[role="tile"] {{ min-height: {m.primary_target}px; text-align: left; }}
    QPushButton[role="language"] {{
        min-height: {m.primary_target}px; font-size: {round(m.body_px * 1.3)}px; font-weight: bold;
        color: {c['primary']};
    }}
    QWidget#NavBar {{ background: {c['surface']}; border-bottom: 2px solid {c['border']}; }}
    QWidget#ActionBar {{ background: {c['surface']}; border-top: 2px solid {c['border']}; }}
    QWidget#ScrollFade {{ background: qlineargradient(x1: 0, y1: 0, x2: 0, y2: 1,
        stop: 0 {transparent(c['background'])}, stop: 0.6 {c['background']}); }}
    QWidget#ScrollFadeTop {{ background: qlineargradient(x1: 0, y1: 1, x2: 0, y2: 0,
        stop: 0 {transparent(c['background'])}, stop: 0.6 {c['background']}); }}
    QWidget#CountdownOverlay {{ background: {c['overlay']}; }}
    QWidget#CountdownOverlay QLabel {{ color: {c['on_primary']}; font-size: {m.title_px}px; }}
    QWidget#CountdownOverlay QLabel[role="countdown"] {{ font-size: {m.mm(25)}px; font-weight: bold; }}
    QWidget#CountdownOverlay QLabel[role="note"] {{ font-size: {m.body_px}px; }}
    QWidget#CountdownPanel {{ background: {c['primary']}; border-radius: {m.mm(3)}px; }}
    """
