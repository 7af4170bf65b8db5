"""`python -m kiosk.studio.screenshots OUTDIR`: the studio's grid, editor (with a source diff)
and preview, in English and Georgian, as PNG files, from a scratch store holding the bundled
pack. Run it under Xvfb with the xcb platform to see it as staff would.

The scratch store's one change (a word added to a Georgian source title, to show the diff) is
made by a scratch "editor" account and never leaves the scratch folder.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

KEY, LANGUAGE = "topic:need-go-home", "hy"
TEAM = {"nino": ("editor",), "tamar": ("translator:hy", "translator:ka")}


def _wait(app, condition, seconds: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the studio did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def render(outdir: Path) -> list[Path]:
    from kiosk.app import application
    from kiosk.authoring.service import StudioService
    from kiosk.paths import CONTENT_PACK
    from kiosk.studio.translation import StudioTranslator
    from kiosk.studio.window import StudioWindow

    outdir.mkdir(parents=True, exist_ok=True)
    app = application()
    written = []
    with tempfile.TemporaryDirectory(prefix="studio-shots-") as scratch:
        system = StudioService.open(f"sqlite:///{Path(scratch) / 'studio.db'}")
        for name, roles in TEAM.items():
            system.create_user(name, roles)
        system.import_pack(CONTENT_PACK)
        editor = system.as_user("nino")
        source = system.info().source_language
        text = editor.text(KEY, source)
        fields = dict(text.fields)
        fields["summary"] = fields["summary"].rstrip(".") + " — უფასოდ."
        editor.save_text(KEY, source, fields, text.version)
        # A little of every state, as a team's grid would look after some weeks.
        for key, language, steps in (
                ("topic:need-office", source, ("submit_for_review", "approve")),
                ("topic:need-medical", source, ("submit_for_review", "approve")),
                ("topic:need-office", "en", ("submit_for_review", "approve")),
                ("topic:need-medical", "hy", ("submit_for_review",)),
                ("topic:need-exploited", "ru", ("submit_for_review",))):
            for step in steps:
                getattr(system, step)(key, language)
        translator = StudioTranslator(app)
        window = StudioWindow(system.as_user("tamar"), translator)
        window.resize(1600, 940)
        window.show()
        for language in ("en", "ka"):
            translator.switch(language)
            app.processEvents()
            window.grid.set_filter()
            window.grid.select(KEY, LANGUAGE)
            window.tabs.setCurrentIndex(0)
            app.processEvents()
            window.grid.view.horizontalScrollBar().setValue(0)
            written.append(_grab(app, window, outdir / f"studio-grid-{language}.png"))
            window.open_text(KEY, LANGUAGE)
            app.processEvents()
            written.append(_grab(app, window, outdir / f"studio-editor-{language}.png"))
            window.show_preview(KEY, language if language != "en" else "en")
            _wait(app, lambda: window.preview.screen_image.image() is not None
                  and window.preview.leaflet_layout.count() > 1)
            written.append(_grab(app, window, outdir / f"studio-preview-{language}.png"))
            window.preview.screen_image.set_image(None)
        window.close()
        system.close()
    return written


def _grab(app, window, path: Path) -> Path:
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m kiosk.studio.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in render(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
