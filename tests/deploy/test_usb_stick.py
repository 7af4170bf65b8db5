"""A USB stick as the deployment mounts it, stood in for by a loop-mounted image: the
kiosk's user finds and imports a signed update bundle on it, and exports usage figures to it,
written through to the stick before the export returns (the operator screen says where the
file went only after that).

- vfat: formatted as staff's sticks are, mounted with the udev rule's own options. Skipped
  where the kernel has no vfat (this test's own sandbox: a kernel without modules).
- ext4: the same kiosk side on a loop-mounted block device where vfat is missing; what it
  proves is the finding, the import and the write-through, not the rule's FAT options.

Needs root (mount, losetup) and a free loop device; skipped, with the reason, without them.
systemd-mount itself (what the rule runs) needs systemd as PID 1, so the test mounts with
mount(8) and the same options."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import CONTENT_PACK, PROJECT_ROOT
from kiosk.updates.store import pack_version
from tests.helpers.update_bundles import make_pack

RULE = PROJECT_ROOT / "deploy" / "99-iom-kiosk-usb.rules"
MKFS = {"vfat": ["mkfs.vfat", "-n", "IOMSTICK"], "ext4": ["mkfs.ext4", "-q"]}


def rule_mount_options() -> str:
    """The mount options the udev rule gives systemd-mount, for the kiosk user."""
    match = re.search(r"--options=(\S+)", RULE.read_text())
    assert match, "the rule names no mount options"
    return match.group(1)


def why_unavailable(filesystem: str) -> str | None:
    if os.geteuid() != 0:
        return "mounting a loop device needs root"
    for tool in ("losetup", MKFS[filesystem][0], "fsck.vfat", "mount", "umount"):
        if shutil.which(tool) is None:
            return f"{tool} not installed (scripts/setup --test installs dosfstools)"
    if not os.path.exists("/dev/loop-control"):
        return "no loop devices here (/dev/loop-control missing)"
    known = Path("/proc/filesystems").read_text().split()
    if filesystem not in known:
        return f"this kernel has no {filesystem} filesystem (/proc/filesystems)"
    return None


@pytest.fixture(params=["vfat", "ext4"])
def usb_stick(request, cage_sandbox, tmp_path):
    """(file system, image file, mount point): a 32 MB stick mounted as the kiosk sees one."""
    filesystem = request.param
    reason = why_unavailable(filesystem)
    if reason:
        pytest.skip(reason)
    image = tmp_path / "stick.img"
    with open(image, "wb") as stream:
        stream.truncate(32 * 1024 * 1024)
    subprocess.run([*MKFS[filesystem], str(image)], check=True, capture_output=True)
    attach = subprocess.run(["losetup", "--find", "--show", str(image)], capture_output=True,
                            text=True)
    if attach.returncode != 0:
        pytest.skip(f"no loop device available: {attach.stderr.strip()}")
    device = attach.stdout.strip()
    # Like /media/iom-usb-%k: one level under a removable-media root.
    mount_point = cage_sandbox.root / "media" / f"iom-usb-{os.path.basename(device)}"
    mount_point.mkdir(parents=True)
    user = cage_sandbox.user or os.environ.get("USER", "")
    group = cage_sandbox.group or user
    if filesystem == "vfat":
        options = (rule_mount_options().replace("uid=kiosk", f"uid={user}")
                   .replace("gid=kiosk", f"gid={group}"))
    else:
        options = "noexec,nosuid,nodev"
    try:
        subprocess.run(["mount", "-t", filesystem, "-o", options, device, str(mount_point)],
                       check=True, capture_output=True, text=True)
        if filesystem == "ext4":
            shutil.chown(mount_point, user, group)  # what uid=/gid= do for FAT
        try:
            yield filesystem, image, mount_point
        finally:
            subprocess.run(["umount", str(mount_point)], check=False)
    finally:
        subprocess.run(["losetup", "-d", device], check=False)


def _staff_tool(*args: str) -> subprocess.CompletedProcess:
    """The `kiosk` command as staff run it on their own machine (here: as ourselves)."""
    done = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), *args],
                          capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT)))
    assert done.returncode == 0, done.stderr
    return done


KIOSK_SIDE = """
import sys
from pathlib import Path

from kiosk.admin.media import RemovableMedia
from kiosk.settings import Settings
from kiosk.stats.recorder import StatsRecorder
from kiosk.stats.service import UsageFigures
from kiosk.updates import import_bundle

settings = Settings.from_file(Path(sys.argv[1]))
media = RemovableMedia(settings.removable_media_roots, settings.bundle_glob)
bundles = media.bundles()
print("bundles:", *bundles)
result = import_bundle(bundles[0], settings)
print("imported:", result)
recorder = StatsRecorder(settings.stats_path)
recorder.start()
for _ in range(settings.stats_min_count):
    recorder.record("language_choice", "", "ka")
recorder.close()
path, export = UsageFigures(settings.stats_path, settings.kiosk_id,
                            settings.stats_min_count).export_to(media.writable_mount())
print("exported:", path, export.rows)
print(export.text, end="")
"""


def test_kiosk_finds_a_bundle_on_the_stick_and_exports_usage_figures_synced(
        cage_sandbox, usb_stick, tmp_path):
    filesystem, image, mount_point = usb_stick
    sandbox = cage_sandbox
    # On the stick: a bundle of a newer pack, made and signed with the kiosk's own tools.
    keys = tmp_path / "keys"
    done = _staff_tool("content", "keygen", "--out", str(keys))
    newer = make_pack(tmp_path / "pack", "2099.1.1", "from the stick")
    assert pack_version(newer) > pack_version(CONTENT_PACK)
    bundle = tmp_path / "content-2099.1.1.kioskbundle"
    _staff_tool("content", "pack", str(newer), "--key", str(keys / "kiosk-content.key"),
                "--out", str(bundle))
    shutil.copy(bundle, mount_point / bundle.name)
    subprocess.run(["sync", "-f", str(mount_point)], check=True)
    # The kiosk's settings: the stick's root, and trust in the key that signed the bundle.
    config = sandbox.root / "usb.toml"
    public = (keys / "kiosk-content.pub").read_text().strip()
    config.write_text(
        f'[kiosk]\ndata_dir = "{sandbox.root / "usb-data"}"\nkiosk_id = "cage-test"\n'
        f'removable_media_roots = ["{mount_point.parent}"]\n'
        f'update_public_keys = ["""{public}"""]\n')
    sandbox.give_to_user(config)

    done = sandbox.run([str(sandbox.python), "-c", KIOSK_SIDE, str(config)], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"bundles: {mount_point / bundle.name}"
    assert lines[1].startswith("imported:") and "2099.1.1" in lines[1]
    exported = re.match(r"exported: (\S+) (\d+)", lines[2])
    assert exported and exported.group(1).startswith(str(mount_point)), lines[2]
    assert int(exported.group(2)) >= 1
    csv_text = "\n".join(lines[3:]) + "\n"

    # Written through to the stick (the image behind the loop device), while still mounted:
    # unsynced, the file would sit in the page cache for up to 30 s.
    assert csv_text.encode() in image.read_bytes(), "the figures are not on the stick yet"
    if filesystem == "vfat":
        # FAT has no journal: the file's name must be in its folder on the stick itself.
        listing = subprocess.run(["fsck.vfat", "-n", "-l", str(image)], capture_output=True,
                                 text=True)
        assert f"/{os.path.basename(exported.group(1))}" in listing.stdout, listing.stdout
