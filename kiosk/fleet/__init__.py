"""The fleet's usage figures, at the office: CSV exports from every kiosk merged once into
one store (PostgreSQL or a SQLite file), and a PDF report with charts. No Qt here."""
