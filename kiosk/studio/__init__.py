"""The content studio's window (Qt Widgets): status grid, editor, office form, preview,
history and publishing, for IOM staff on a desktop. It calls `kiosk.authoring`'s service and
holds no SQL and no ReportLab itself; `kiosk studio` opens it."""
