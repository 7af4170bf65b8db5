"""`kiosk studio [import-pack | export-pack | publish | users]`: the content studio from a
shell, so a server can be scripted. Each command prints one result line; bad input gets one
clear line on stderr and a non-zero exit, never a traceback (tracebacks go to the log).

Without a subcommand, `kiosk studio` opens the studio window (`open_window`).
"""
from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

DB_ENV = "KIOSK_STUDIO_DB"  # default --db
USER_ENV = "KIOSK_STUDIO_USER"  # default --user


def add_parser(sub) -> None:
    """Add `studio` and its subcommands to the `kiosk` subparsers."""
    studio = sub.add_parser("studio", help="the content studio: author, review and publish content")
    _common(studio)
    actions = studio.add_subparsers(dest="action")

    imp = actions.add_parser("import-pack", help="load a content pack folder into the store")
    _common(imp)
    imp.add_argument("pack", help="content pack folder (e.g. resources/content)")
    imp.add_argument("--replace", action="store_true",
                     help="replace the content already in the store (its history stays)")

    exp = actions.add_parser("export-pack", help="write the store's content as a pack folder")
    _common(exp)
    exp.add_argument("folder", help="new or empty folder to write the pack into")
    exp.add_argument("--languages", help="comma-separated languages (default: all)")

    pub = actions.add_parser("publish", help="check, sign and write a .kioskbundle")
    _common(pub)
    pub.add_argument("--key", required=True, help="the publisher's private key (kiosk content keygen)")
    pub.add_argument("--out", required=True, help="folder (or USB stick) to write the bundle into")
    pub.add_argument("--languages", help="comma-separated languages to ship (default: all)")
    pub.add_argument("--require-approved", default="",
                     help="comma-separated languages whose every text must be approved")
    pub.add_argument("--version", default="", help="content version (default: bump)")
    pub.add_argument("--expect-public-key", action="append", default=[],
                     help="refuse unless the key matches this public key (base64, PEM or file)")

    users = actions.add_parser("users", help="list, add or change the team's accounts")
    _common(users)
    user_actions = users.add_subparsers(dest="users_action")
    _common(user_actions.add_parser("list", help="list users and their roles"))
    add = user_actions.add_parser("add", help="add a user")
    _common(add)
    add.add_argument("name")
    add.add_argument("--role", action="append", default=[],
                     help="editor, translator:<lang>, reviewer:<lang>, publisher, admin (repeat)")
    add.add_argument("--display-name", default="")
    roles = user_actions.add_parser("roles", help="set a user's roles (replacing the old ones)")
    _common(roles)
    roles.add_argument("name")
    roles.add_argument("--role", action="append", default=[])
    for verb in ("disable", "enable"):
        change = user_actions.add_parser(verb, help=f"{verb} a user's account")
        _common(change)
        change.add_argument("name")


def _common(parser) -> None:
    from argparse import SUPPRESS

    parser.add_argument("--db", default=SUPPRESS,
                        help=f"store URL: postgresql+psycopg://user:pass@host/db or a SQLite "
                             f"file path (default: ${DB_ENV})")
    parser.add_argument("--user", default=SUPPRESS,
                        help=f"act as this studio user (default: ${USER_ENV}; none: full "
                             "rights, for the server's own scripts)")


def _languages(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    return tuple(code.strip() for code in text.split(",") if code.strip())


def run(args, settings=None) -> int:
    """Run `kiosk studio ...`; returns the exit code."""
    from kiosk.authoring.errors import PackRejected, PublishFailed, StudioError

    if not getattr(args, "action", None):
        return open_window(args, settings)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one result line, not migration chatter
    url = getattr(args, "db", None) or os.environ.get(DB_ENV, "")
    if not url:
        print(f"kiosk studio: no store given (--db URL or ${DB_ENV})", file=sys.stderr)
        return 2
    user = getattr(args, "user", None) or os.environ.get(USER_ENV) or None
    try:
        from kiosk.authoring.service import StudioService

        service = StudioService.open(url, user=user)
        try:
            return _ACTIONS[args.action](service, args)
        finally:
            service.close()
    except PublishFailed as exc:
        if exc.report:
            print(exc.report, file=sys.stderr)
        print(f"kiosk studio: {exc}", file=sys.stderr)
        return 1
    except StudioError as exc:
        if isinstance(exc, PackRejected) and len(exc.problems) > 1:
            for line in exc.problems[:50]:
                print(f"  {line}", file=sys.stderr)
        print(f"kiosk studio: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the operator gets a line, the log the traceback
        log.exception("kiosk studio %s failed", args.action)
        print(f"kiosk studio: {args.action} failed: {exc} (details in the log)", file=sys.stderr)
        return 1


def open_window(args, settings) -> int:
    """`kiosk studio` with no subcommand: the studio window. The window lives in its own Qt
    package; this hook imports it lazily so the core stays free of Qt."""
    url = getattr(args, "db", None) or os.environ.get(DB_ENV, "")
    if not url:
        print(f"kiosk studio: no store given (--db URL or ${DB_ENV})", file=sys.stderr)
        return 2
    from kiosk.studio.app import run_window  # Qt: only here, never in the core

    return run_window(url, getattr(args, "user", None) or os.environ.get(USER_ENV) or None)


def _import(service, args) -> int:
    result = service.import_pack(args.pack, replace=args.replace)
    print(f"imported pack version {result.version}: {result.items} items, "
          f"{result.translations} texts in {len(result.languages)} languages "
          f"({len(result.warnings)} warnings: missing translations or empty fields)")
    return 0


def _export(service, args) -> int:
    result = service.export_pack(args.folder, languages=_languages(args.languages))
    print(f"exported version {result.version} to {result.folder}: {result.files} files, "
          f"languages {', '.join(result.languages)}")
    return 0


def _publish(service, args) -> int:
    from kiosk.authoring.records import PublishRequest
    from kiosk.updates.cli import TerminalProgress

    request = PublishRequest(
        out_dir=args.out, key_path=args.key, languages=_languages(args.languages) or (),
        require_approved=_languages(args.require_approved) or (), version=args.version,
        expected_public_keys=tuple(args.expect_public_key),
    )
    progress = TerminalProgress()
    try:
        result = service.publish(request, progress)
    finally:
        progress.finish()
    reviewed = ", ".join(f"{lang} {count}" for lang, count in result.reviewed.items())
    print(f"wrote {result.bundle_path}: content version {result.version} "
          f"(was {result.previous_version}), languages {', '.join(result.languages)}, "
          f"{result.files} files, signed; approved texts: {reviewed}")
    return 0


def _users(service, args) -> int:
    action = args.users_action or "list"
    if action == "list":
        for user in service.users():
            state = "" if user.active else "  (disabled)"
            print(f"{user.name}\t{','.join(user.roles) or '-'}\t{user.display_name}{state}")
        return 0
    if action == "add":
        user = service.create_user(args.name, args.role, args.display_name)
    elif action == "roles":
        user = service.set_roles(args.name, args.role)
    else:
        user = service.set_active(args.name, action == "enable")
    print(f"{user.name}: {', '.join(user.roles) or 'no roles'}"
          f"{'' if user.active else ' (disabled)'}")
    return 0


_ACTIONS = {"import-pack": _import, "export-pack": _export, "publish": _publish, "users": _users}
