"""Anonymous usage figures: counts per hour, never who, never what was typed (no Qt)."""
