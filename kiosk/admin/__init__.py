"""Operator (staff) functions with no Qt: the PIN store and the `kiosk admin` commands."""
