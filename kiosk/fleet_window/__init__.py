"""A small Qt window for the office: import kiosks' usage exports from a stick or folder (off
the GUI thread, with progress) and look at the report's charts (QtCharts) for a period and a
choice of kiosks. It holds no SQL: everything goes through kiosk.fleet.service.FleetService."""
