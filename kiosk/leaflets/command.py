"""`kiosk leaflet`: render any leaflet to a PDF file, or list the leaflet ids."""
from __future__ import annotations

import sys
from pathlib import Path


def leaflet_command(args, settings) -> int:
    from kiosk.content.database import ensure_database
    from kiosk.content.service import ContentService
    from kiosk.leaflets import LeafletNotFound, collect_leaflet, list_leaflets, render_leaflet

    if not args.list and not (args.leaflet_id and args.output):
        print("kiosk leaflet: give LEAFLET_ID and --output FILE.pdf, or --list", file=sys.stderr)
        return 2
    from kiosk.updates.store import active_pack_dir

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # The pack the kiosk serves (an imported update when it is newer), never another one.
    result = ensure_database(active_pack_dir(settings), settings.content_database_url)
    if not result.serving:
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        print(f"kiosk leaflet: {result.message}", file=sys.stderr)
        return 1
    service = ContentService(settings.content_database_url)
    try:
        if args.list:
            print("\n".join(list_leaflets(service)))
            return 0
        language = args.language or settings.default_language
        try:
            content = collect_leaflet(service, args.leaflet_id, language)
        except LeafletNotFound as exc:
            hint = "" if language not in service.info.languages else (
                "; `kiosk leaflet --list` shows the leaflets")
            print(f"kiosk leaflet: {exc.args[0]}{hint}", file=sys.stderr)
            return 2
        pdf = render_leaflet(content, args.paper)
        output = Path(args.output)
        try:
            output.write_bytes(pdf)
        except OSError as exc:
            print(f"kiosk leaflet: cannot write {output}: {exc.strerror}", file=sys.stderr)
            return 1
        print(f"wrote {output} ({args.leaflet_id}, {content.language}, {args.paper}, "
              f"{len(pdf) // 1024} KB)")
        return 0
    finally:
        service.close()
