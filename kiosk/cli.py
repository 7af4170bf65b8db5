"""The `kiosk` command: start the kiosk, or run an operator subcommand. Imports stay lazy."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path


def _settings(args):
    from kiosk.settings import Settings

    config = args.config or os.environ.get("KIOSK_CONFIG")
    settings = Settings.from_file(Path(config)) if config else Settings()
    pack = getattr(args, "pack", None)
    if pack:
        import dataclasses

        settings = dataclasses.replace(settings, content_dir=Path(pack))
    return settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Offline resource kiosk for migrants in Georgia (IOM)."
    )
    parser.add_argument("--config", help="settings file (TOML); default: $KIOSK_CONFIG or built-in")
    parser.add_argument("--windowed", action="store_true", help="run in a window, for trying it")
    sub = parser.add_subparsers(dest="command")

    content = sub.add_parser("content", help="build or check the content pack").add_subparsers(
        dest="action", required=True
    )
    build = content.add_parser("build", help="build the content database from the pack")
    build.add_argument("pack", nargs="?", help="content pack folder (default: from settings)")
    check = content.add_parser("check", help="validate the pack; non-zero exit on errors")
    check.add_argument("pack", nargs="?", help="content pack folder (default: from settings)")
    from kiosk.updates.cli import add_parsers as add_update_parsers

    add_update_parsers(content)

    shots = sub.add_parser("screenshots", help="render every screen in every language to PNG")
    shots.add_argument("outdir")
    soak = sub.add_parser("soak", help="drive the window with random actions; memory and faults")
    soak.add_argument("--actions", type=int, default=50_000)
    soak.add_argument("--seed", type=int, default=1)
    soak.add_argument("--baseline", type=int, default=5_000,
                      help="memory growth is measured from after this many actions")
    bench = sub.add_parser("bench", help="measure start-up, screen switches and memory")
    bench.add_argument("--runs", type=int, default=7, help="cold starts to take the median of")
    settings_cmd = sub.add_parser("settings", help="list every setting with its default and meaning")
    settings_cmd.add_argument("--example", action="store_true",
                              help="print a commented TOML file declaring every setting")
    admin = sub.add_parser("admin", help="operator set-up").add_subparsers(dest="action", required=True)
    admin.add_parser("set-pin", help="set the operator PIN (asked twice; or two lines on stdin)")
    stats = sub.add_parser("stats", help="anonymous usage figures").add_subparsers(
        dest="action", required=True)
    stats_export = stats.add_parser("export", help="CSV of hourly counts, small counts left out")
    stats_export.add_argument("--out", help="file to write (default: stdout)")
    from kiosk.fleet.command import add_parsers as add_fleet_parsers

    add_fleet_parsers(sub)
    from kiosk.authoring.cli import add_parser as add_studio_parser  # kiosk studio ...

    add_studio_parser(sub)
    leaflet = sub.add_parser("leaflet", help="render a leaflet to a PDF file")
    leaflet.add_argument("leaflet_id", nargs="?", help="brief, topic:<id> or office:<id>")
    leaflet.add_argument("--list", action="store_true", help="list every leaflet id")
    leaflet.add_argument("--language", help="content language (default: the first offered)")
    leaflet.add_argument("--paper", choices=("a4", "80mm"), default="a4")
    leaflet.add_argument("--output", help="PDF file to write")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; whatever goes wrong, the operator gets one line (exit 1, or 2 for a
    settings file that cannot be used) and the traceback goes to the log file."""
    args = _parser().parse_args(argv)
    _stderr_logging()
    from kiosk.settings import Settings, SettingsError

    try:
        settings = _settings(args)
    except SettingsError as exc:
        print(f"kiosk: {_one_line(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - reading the settings failed in a way we missed
        return _crashed("reading the settings", exc, Settings())
    # The kiosk itself logs to the file (kiosk.logs); each operator command logs its problems.
    log_file = _errors_to_log_file(settings) if args.command else None
    try:
        return _run(args, settings)
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last guard: never a traceback on the terminal
        return _crashed(_command_name(args), exc, settings)
    finally:
        if log_file is not None:
            logging.getLogger().removeHandler(log_file)
            log_file.close()


class _OneLineFormatter(logging.Formatter):
    """Log lines on the terminal without tracebacks (those go to the log file)."""

    def format(self, record: logging.LogRecord) -> str:
        plain = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None,
                                       "stack_info": None})
        return _one_line(super().format(plain))


def _stderr_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_OneLineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)


def _errors_to_log_file(settings) -> logging.Handler | None:
    """Warnings and errors of this command, with their tracebacks, in the kiosk's log file."""
    import logging.handlers

    try:
        settings.log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            settings.log_path, maxBytes=settings.log_max_kb * 1024,
            backupCount=settings.log_backups, encoding="utf-8")
    except (OSError, ValueError):
        return None  # a read-only data folder: the command still runs, with lines on stderr
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler


def _one_line(value) -> str:
    lines = [line.strip() for line in str(value).splitlines() if line.strip()]
    return " ".join(lines) if lines else type(value).__name__


def _command_name(args) -> str:
    return " ".join(filter(None, ("kiosk", args.command, getattr(args, "action", None))))


def _crashed(what: str, exc: BaseException, settings) -> int:
    import datetime
    import traceback

    where = settings.log_path
    stamp = datetime.datetime.now().isoformat(sep=" ", timespec="seconds")
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        with open(where, "a", encoding="utf-8") as log:  # the traceback goes here, not to stderr
            log.write(f"{stamp} ERROR kiosk.cli: {what} failed\n")
            log.write("".join(traceback.format_exception(exc)))
        details = f"the details are in {where}"
    except (OSError, ValueError):
        details = "the details could not be written to the log file"
    print(f"kiosk: {what} failed ({type(exc).__name__}: {_one_line(exc)}); {details}",
          file=sys.stderr)
    return 1


def _run(args, settings) -> int:
    if args.command == "content" and args.action in ("keygen", "pack", "import", "rollback"):
        from kiosk.updates.cli import run as run_update

        return run_update(args, settings)
    if args.command == "content":
        return _content(args.action, settings, explicit_pack=bool(getattr(args, "pack", None)))
    if args.command == "screenshots":
        from kiosk.tools.screenshots import render_all

        return render_all(settings, Path(args.outdir))
    if args.command == "soak":
        from kiosk.tools.soak import run_soak

        return run_soak(settings, args.actions, args.seed, args.baseline)
    if args.command == "bench":
        from kiosk.tools.bench import run_bench

        return run_bench(settings, runs=args.runs)
    if args.command == "settings" and args.example:
        from kiosk.admin.commands import example_config
        from kiosk.settings import Settings

        print(example_config(Settings), end="")
        return 0
    if args.command == "admin":
        from kiosk.admin.commands import set_pin

        return set_pin(settings)
    if args.command == "stats":
        from kiosk.admin.commands import export_stats

        return export_stats(settings, args.out)
    if args.command == "settings":
        for name, default, meaning in settings.describe():
            print(f"{name} = {default}\n    {meaning}")
        return 0
    if args.command == "fleet":
        from kiosk.fleet.command import run as run_fleet

        return run_fleet(args, settings)
    if args.command == "studio":
        from kiosk.authoring.cli import run as run_studio

        return run_studio(args, settings)
    if args.command == "leaflet":
        from kiosk.leaflets.command import leaflet_command

        return leaflet_command(args, settings)
    from kiosk.app import run

    return run(settings, windowed=args.windowed)


def _content(action: str, settings, explicit_pack: bool = False) -> int:
    from kiosk.content.check import format_report, offered_but_incomplete
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS
    from kiosk.updates.store import active_pack_dir

    # Without a folder named, the pack the kiosk serves: an imported update if one is active.
    folder = settings.content_dir if explicit_pack else active_pack_dir(settings)
    pack = load_pack(folder, PICTOGRAMS)
    if action == "check":
        offered = settings.offered_languages
        print(format_report(pack, offered))
        return 1 if pack.errors or offered_but_incomplete(pack, offered) else 0
    from kiosk.content.database import BuildBusy, build_database, build_failure

    if pack.errors:
        print(format_report(pack), file=sys.stderr)
        print("kiosk: the pack has errors; the database was not changed", file=sys.stderr)
        return 1
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        build_database(pack, settings.content_database_url, wait=False)
    except BuildBusy:
        print("kiosk: another content build is running (a kiosk starting, or a second "
              "`kiosk content build`); the database was not changed: try again when it is done",
              file=sys.stderr)
        return 1
    except Exception as exc:  # disk full, read-only folder...: the old database is untouched
        logging.getLogger(__name__).exception("content build failed")
        print(f"kiosk: the content database could not be built ({build_failure(exc)}); "
              "the previous content is unchanged", file=sys.stderr)
        return 1
    print(f"built {settings.content_database_url} from pack version {pack.version}")
    return 0
