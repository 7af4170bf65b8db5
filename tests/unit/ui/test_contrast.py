"""Contrast of every text role, computed from the theme's colours (WCAG 2.2)."""
from __future__ import annotations

import re

import pytest

from kiosk.ui.contrast import TEXT_ROLES, contrast_ratio, role_ratios
from kiosk.ui.display import accessibility_stylesheet
from kiosk.ui.theme import COLOURS, HIGH_CONTRAST_COLOURS, Metrics, stylesheet


def test_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_high_contrast_theme_meets_aaa_for_every_text_role():
    low = {role: round(r, 2) for role, r in role_ratios(HIGH_CONTRAST_COLOURS).items() if r < 7}
    assert low == {}


def test_default_theme_meets_aa_for_every_text_role():
    low = {role: round(r, 2) for role, r in role_ratios(COLOURS).items() if r < 4.5}
    assert low == {}


def test_every_role_in_the_stylesheets_has_a_ratio_checked():
    m = Metrics(96)
    sheet = stylesheet(m) + accessibility_stylesheet(m, COLOURS)
    used = set(re.findall(r'\[role="([\w-]+)"\]', sheet))
    # Buttons are checked as "<role>-button"; layout-only roles carry no text colour of their own.
    checked = set(TEXT_ROLES) | {r.removesuffix("-button") for r in TEXT_ROLES}
    unchecked = used - checked - {"nav", "tile", "countdown", "choice"}
    assert unchecked == set()


def test_both_palettes_define_the_same_colours():
    assert set(COLOURS) == set(HIGH_CONTRAST_COLOURS)
