"""The content studio's core: the authoring database, its workflow and the pack round trip.

No Qt here. The one door is `kiosk.authoring.service.StudioService`; it hands out the frozen
records of `kiosk.authoring.records` and raises the errors of `kiosk.authoring.errors`.
"""
