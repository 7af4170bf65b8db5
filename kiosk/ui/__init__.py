"""The touchscreen UI: a client of the content service; no SQL and no ReportLab here."""
