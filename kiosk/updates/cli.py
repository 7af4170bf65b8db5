"""`kiosk content keygen | pack | import | rollback`: the operator's side of content updates."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ACTIONS = ("keygen", "pack", "import", "rollback")


def add_parsers(content) -> None:
    """Add the update subcommands to the `kiosk content` subparsers."""
    keygen = content.add_parser("keygen", help="make an Ed25519 key pair for signing bundles")
    keygen.add_argument("--out", required=True, help="folder for kiosk-content.key and .pub")
    pack = content.add_parser("pack", help="build a signed update bundle from a content pack")
    pack.add_argument("pack_dir", nargs="?", help="content pack folder (default: from settings)")
    pack.add_argument("--key", required=True, help="private key file (from keygen)")
    pack.add_argument("--out", required=True, help="bundle file to write, e.g. content-2026.12.1.1.kioskbundle (the operator screen looks for *.kioskbundle)")
    imp = content.add_parser("import", help="verify and install a signed update bundle")
    imp.add_argument("bundle", help="bundle file, e.g. on a USB stick")
    content.add_parser("rollback", help="serve the previous content again")


def run(args, settings) -> int:
    import logging

    # The command prints its own progress and one result line; log lines would break them up.
    logging.getLogger("kiosk.updates").setLevel(logging.ERROR)
    return {"keygen": _keygen, "pack": _pack, "import": _import, "rollback": _rollback}[
        args.action
    ](args, settings)


def _keygen(args, _settings) -> int:
    from kiosk.updates.keys import generate_key_pair

    try:
        pair = generate_key_pair(Path(args.out))
    except (FileExistsError, OSError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    print(f"private key: {pair.private_path}  (keep it off the kiosks, in a safe place)")
    print(f"public key:  {pair.public_path}")
    print("put the public key in each kiosk's settings file:")
    print(f'    update_public_keys = ["{pair.public_base64}"]')
    return 0


def _pack(args, settings) -> int:
    from kiosk.content.check import format_report, offered_but_incomplete
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS
    from kiosk.updates.keys import load_private_key
    from kiosk.updates.writer import write_bundle

    folder = Path(args.pack_dir) if args.pack_dir else Path(settings.content_dir)
    pack = load_pack(folder, PICTOGRAMS)
    if pack.errors:
        print(format_report(pack), file=sys.stderr)
        print("kiosk: the pack has errors; no bundle was written", file=sys.stderr)
        return 1
    try:
        key = load_private_key(Path(args.key))
        manifest = write_bundle(folder, pack.version, key, Path(args.out))
    except (ValueError, OSError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: content version {manifest.version}, {len(manifest.files)} files, "
          f"{manifest.total_size} bytes, signed")
    incomplete = offered_but_incomplete(pack, settings.offered_languages)
    if incomplete:  # the kiosks run the same rule on import
        print(f"kiosk: warning: {', '.join(incomplete)} incomplete in this pack; a kiosk that "
              "offers it will refuse the bundle", file=sys.stderr)
    return 0


class TerminalProgress:
    """One updating line on a terminal; a line per stage when output goes to a file."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.stage = ""
        self.last = 0.0

    def __call__(self, done: int, total: int, stage: str) -> None:
        now = time.monotonic()
        if stage == self.stage and now - self.last < 0.1 and done < total:
            return
        new_stage, self.stage, self.last = stage != self.stage, stage, now
        percent = f"{100 * done // total:3d}%" if total else "    "
        line = f"{stage:<10} {percent} {done / 1_000_000:7.2f} / {total / 1_000_000:.2f} MB"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if stage == "done" else ""))
        elif new_stage:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.stage and self.stage != "done":
            self.stream.write("\n")
            self.stream.flush()


def _import(args, settings) -> int:
    from kiosk.updates.errors import BundleRejected
    from kiosk.updates.importer import import_bundle

    progress = TerminalProgress()
    try:
        result = import_bundle(Path(args.bundle), settings, progress)
    except BundleRejected as exc:
        progress.finish()
        print(f"kiosk: bundle refused: {exc.reason}; the installed content keeps serving",
              file=sys.stderr)
        return 1
    progress.finish()
    print(f"installed content version {result.version} (was {result.previous_version}); "
          f"{result.files} files in {result.seconds:.1f} s. Restart the kiosk to show it.")
    return 0


def _rollback(_args, settings) -> int:
    from kiosk.updates.errors import RollbackUnavailable
    from kiosk.updates.importer import rollback

    try:
        result = rollback(settings)
    except RollbackUnavailable as exc:
        print(f"kiosk: cannot roll back: {exc.reason}", file=sys.stderr)
        return 1
    print(f"rolled back from {result.rolled_back_from} to {result.version}. "
          "Restart the kiosk to show it.")
    return 0
