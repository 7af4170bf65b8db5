"""Operator (staff) mode: the hidden gesture, the PIN pad and the operator screen."""
