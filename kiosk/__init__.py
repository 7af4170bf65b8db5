"""Offline touchscreen resource kiosk for migrants in Georgia."""
