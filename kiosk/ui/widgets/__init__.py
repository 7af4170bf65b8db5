"""Reusable touch widgets: tiles, kinetic scrolling, the navigation bar, the countdown."""
