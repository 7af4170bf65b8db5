"""Printing leaflets through CUPS: the backend (no Qt), quotas, and what can go wrong."""
