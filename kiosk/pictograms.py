"""Which pictograms have a direction: right-to-left layouts, on screen and on paper, mirror them.

No Qt and no ReportLab: the screen's widgets and the leaflets both read this.
"""
from __future__ import annotations

# Pictograms that point or read in a direction (arrows, a plane leaving, a bulleted list);
# right-to-left layouts show them mirrored. Ones with digits (112) never are.
DIRECTIONAL = frozenset({"back", "forward", "go-home", "work-abroad", "offices-list"})


def mirrored(name: str, right_to_left: bool) -> bool:
    """Whether the pictogram `name` is shown mirrored in a layout of this direction."""
    return right_to_left and name in DIRECTIONAL
