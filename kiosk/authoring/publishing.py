"""Publish: export the chosen languages under a new version, run `kiosk content check`'s
rules on exactly those files, sign them with the publisher's key (kiosk.updates' writer) and
write the bundle. Every step before the last only reads; a failure writes no bundle."""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from kiosk.authoring.errors import PublishFailed, StudioError
from kiosk.authoring.packfiles import PackItem
from kiosk.authoring.packstore import choose_languages, write_folder
from kiosk.authoring.records import TRANSLATABLE, Progress, PublishRequest, PublishResult

STAGES = ("export", "check", "sign", "done")


def next_version(current: str, today: dt.date | None = None) -> str:
    """<today>.1, or <today>.<n+1> when the current version is of today; always newer."""
    from kiosk.updates.versions import is_valid, parse_version

    today = today or dt.date.today()
    stem = f"{today.year}.{today.month}.{today.day}"
    parts = current.strip().split(".")
    if current.startswith(stem + ".") and len(parts) == 4 and parts[3].isdigit():
        candidate = f"{stem}.{int(parts[3]) + 1}"
    else:
        candidate = f"{stem}.1"
    if is_valid(current) and parse_version(candidate) <= parse_version(current):
        base = list(parse_version(current)) + [0] * 4
        candidate = ".".join(str(n) for n in [*base[:3], base[3] + 1])
    return candidate


def _load_key(request: PublishRequest):
    from kiosk.updates.keys import load_private_key, parse_public_key, public_base64

    path = Path(request.key_path).expanduser()
    if not path.is_file():
        raise PublishFailed(f"no key file at {path}")
    try:
        key = load_private_key(path)
    except (ValueError, OSError) as exc:
        raise PublishFailed(f"wrong key: {exc}") from exc
    if request.expected_public_keys:
        mine = public_base64(key.public_key())
        expected = []
        for entry in request.expected_public_keys:
            try:
                expected.append(public_base64(parse_public_key(entry)))
            except (ValueError, OSError) as exc:
                raise PublishFailed(f"the expected public key is unusable: {exc}") from exc
        if mine not in expected:
            raise PublishFailed("wrong key: it is not the key the kiosks trust "
                                f"(its public key is {mine})")
    return key


def _unapproved(items: list[PackItem], languages: tuple[str, ...]) -> dict[str, int]:
    missing = {}
    for lang in languages:
        count = sum(1 for item in items if item.family in TRANSLATABLE
                    and not (lang in item.texts and item.texts[lang].reviewed))
        if count:
            missing[lang] = count
    return missing


def publish(items: list[PackItem], source: str, manifest: dict, request: PublishRequest,
            progress: Progress | None = None) -> PublishResult:
    from kiosk.content.check import format_report, offered_but_incomplete
    from kiosk.content.pack import load_pack
    from kiosk.paths import PICTOGRAMS
    from kiosk.updates.versions import is_valid, parse_version
    from kiosk.updates.writer import write_bundle

    def step(stage: str) -> None:
        if progress is not None:
            progress(STAGES.index(stage), len(STAGES) - 1, stage)

    key = _load_key(request)  # a wrong key fails before any work
    try:
        languages = choose_languages(manifest, request.languages or None)
    except StudioError as exc:
        raise PublishFailed(str(exc)) from exc
    not_required = [lang for lang in request.require_approved if lang not in languages]
    if not_required:
        raise PublishFailed(f"approval required for {', '.join(not_required)}, "
                            "which is not being published")
    unapproved = _unapproved(items, tuple(request.require_approved))
    if unapproved:
        raise PublishFailed("not every text is approved: " + ", ".join(
            f"{lang} has {count} not approved" for lang, count in unapproved.items()))
    previous = str(manifest.get("version", ""))
    version = request.version.strip() or next_version(previous)
    if not is_valid(version):
        raise PublishFailed(f"{version!r} is not a version (dot-separated numbers)")
    if is_valid(previous) and parse_version(version) <= parse_version(previous):
        raise PublishFailed(f"version {version} is not newer than {previous}")
    out_dir = Path(request.out_dir).expanduser()
    if not out_dir.is_dir():
        raise PublishFailed(f"{out_dir} is not a folder (is the stick plugged in?)")
    bundle = out_dir / f"content-{version}.kioskbundle"
    if bundle.exists():
        raise PublishFailed(f"{bundle} already exists")

    work = Path(tempfile.mkdtemp(prefix="kiosk-publish-"))
    try:
        step("export")
        folder = work / "pack"
        write_folder(items, folder, languages, version)
        step("check")
        pack = load_pack(folder, PICTOGRAMS)
        report = format_report(pack, languages)
        if pack.errors or offered_but_incomplete(pack, languages):
            first = pack.errors[0] if pack.errors else None
            reason = str(first) if first else "a chosen language is not complete: " + \
                ", ".join(offered_but_incomplete(pack, languages))
            raise PublishFailed(f"the content check failed ({reason}); no bundle was written",
                                report)
        step("sign")
        try:
            manifest_written = write_bundle(folder, version, key, bundle)
        except (OSError, ValueError) as exc:
            bundle.with_name(bundle.name + ".partial").unlink(missing_ok=True)
            raise PublishFailed(f"could not write {bundle}: {exc}") from exc
        step("done")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    reviewed = {lang: sum(1 for item in items if item.family in TRANSLATABLE
                          and lang in item.texts and item.texts[lang].reviewed)
                for lang in languages}
    return PublishResult(str(bundle), version, previous, languages, len(manifest_written.files),
                         manifest_written.total_size, report, reviewed)
