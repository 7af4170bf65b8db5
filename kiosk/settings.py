"""Every kiosk setting declared once, with its type, default and meaning; loaded from TOML.

The settings object is built once by the composition root (or a test) and passed in;
nothing imports it as a global.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.languages import KNOWN_LANGUAGES
from kiosk.paths import CONTENT_PACK


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "iom-kiosk"


# Georgia's bounding box, rounded outwards (latitude 41.05-43.59 N, longitude 40.01-46.74 E):
# a kiosk position outside it is a typo (e.g. latitude and longitude swapped).
GEORGIA_LATITUDE = (41.0, 43.6)
GEORGIA_LONGITUDE = (39.9, 46.8)


def valid_kiosk_id(text: str) -> bool:
    """The kiosk id rule, shared by the settings and the fleet import: ASCII letters, digits,
    '.', '_' and '-', at least one character."""
    return bool(text) and all(c.isascii() and (c.isalnum() or c in "._-") for c in text)


class SettingsError(ValueError):
    """A configuration file that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Settings:
    content_dir: Path = field(
        default=CONTENT_PACK,
        metadata={"help": "Folder of the content pack (pack.toml, topics/, offices/)."},
    )
    data_dir: Path = field(
        default_factory=_default_data_dir,
        metadata={"help": "Writable folder for the content database and logs."},
    )
    database_url: str = field(
        default="",
        metadata={"help": "SQLAlchemy URL of the content database; empty = SQLite in data_dir."},
    )
    offered_languages: tuple[str, ...] = field(
        default=("ka", "en", "ru", "uk", "hy", "az", "tr", "ar", "fa"),
        metadata={"help": "Languages on the welcome screen, in order; each must be complete."},
    )
    idle_timeout_s: float = field(
        default=90.0,
        metadata={"help": "Seconds without a touch before the reset countdown appears."},
    )
    countdown_s: float = field(
        default=20.0,
        metadata={"help": "Seconds the countdown runs before the kiosk resets to welcome."},
    )
    fullscreen: bool = field(
        default=True, metadata={"help": "Start full-screen (false = a window, for trying it)."}
    )
    screen_dpi: float = field(
        default=0.0,
        metadata={"help": "Physical dots per inch for sizing touch targets; 0 = ask the screen."},
    )
    update_public_keys: tuple[str, ...] = field(
        default=(),
        metadata={"help": "Trusted Ed25519 keys for content bundles (base64, PEM or a file path);"
                          " list two while rotating keys."},
    )
    update_max_bundle_mb: float = field(
        default=64.0, metadata={"help": "Largest content bundle file accepted, in MB."}
    )
    update_max_unpacked_mb: float = field(
        default=256.0, metadata={"help": "Largest total size a content bundle may unpack to, in MB."}
    )
    update_max_files: int = field(
        default=5000, metadata={"help": "Most files a content bundle may contain."}
    )
    kiosk_id: str = field(
        default="kiosk-1",
        metadata={"help": "Name of this kiosk in exported usage figures (letters, digits, . _ -)."},
    )
    location: str = field(
        default="",
        metadata={"help": "Where the kiosk stands (e.g. 'Sarpi border crossing'), for staff."},
    )
    latitude: float | None = field(
        default=None,
        metadata={"help": "The kiosk's latitude in degrees (within Georgia, 41.0 to 43.6); with "
                          "longitude, the office list shows the nearest office first."},
    )
    longitude: float | None = field(
        default=None,
        metadata={"help": "The kiosk's longitude in degrees (within Georgia, 39.9 to 46.8)."},
    )
    log_file: Path = field(
        default=Path(""),
        metadata={"help": "Rotating log file; empty = kiosk.log in data_dir."},
    )
    log_max_kb: int = field(
        default=1024, metadata={"help": "Size in KiB at which the log file is rotated."}
    )
    log_backups: int = field(
        default=5, metadata={"help": "Rotated log files kept beside the current one."}
    )
    stats_database: Path = field(
        default=Path(""),
        metadata={"help": "Writable usage-figures database (SQLite, WAL); empty = state.db in data_dir."},
    )
    stats_min_count: int = field(
        default=5,
        metadata={"help": "Exported usage counts below this are suppressed (left out)."},
    )
    removable_media_roots: tuple[str, ...] = field(
        default=("/media", "/run/media", "/mnt"),
        metadata={"help": "Folders where USB sticks are mounted (searched two levels deep)."},
    )
    bundle_glob: str = field(
        default="*.kioskbundle",
        metadata={"help": "File name pattern of content update bundles on removable media."},
    )

    printer_queue: str = field(
        default="",
        metadata={"help": "CUPS queue to print leaflets on; empty = the system's default printer."},
    )
    printer_server: str = field(
        default="",
        metadata={"help": "CUPS server (host:port or socket path); empty = the system's usual one."},
    )
    paper: str = field(
        default="a4",
        metadata={"help": "Leaflet paper: \"a4\" (office printer) or \"80mm\" (thermal roll)."},
    )
    print_job_timeout_s: float = field(
        default=120.0,
        metadata={"help": "A print job not done after this many seconds is cancelled."},
    )
    print_quota_session: int = field(
        default=3,
        metadata={"help": "Leaflets one visitor may print before the idle reset; 0 = no limit."},
    )
    print_quota_hour: int = field(
        default=30,
        metadata={"help": "Leaflets the kiosk prints in any hour; 0 = no limit."},
    )

    @property
    def default_language(self) -> str:
        return self.offered_languages[0]

    @property
    def content_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'content.db'}"

    @property
    def log_path(self) -> Path:
        return self.log_file if str(self.log_file) not in ("", ".") else self.data_dir / "kiosk.log"

    @property
    def stats_path(self) -> Path:
        if str(self.stats_database) not in ("", "."):
            return self.stats_database
        return self.data_dir / "state.db"

    @property
    def pin_path(self) -> Path:
        """The operator PIN's salted hash and lockout state: writable state, never the config."""
        return self.data_dir / "operator-pin.json"

    @classmethod
    def from_file(cls, path: Path, **overrides) -> Settings:
        """Read the `[kiosk]` table of a TOML file; unknown keys are an error, not ignored."""
        try:
            raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"{path}: {exc}") from exc
        stray = sorted(set(raw) - {"kiosk"})
        if stray:  # a key outside the table would otherwise be silently ignored
            raise SettingsError(f"{path}: {', '.join(stray)}: settings belong in the [kiosk] table")
        values = dict(raw.get("kiosk", {}))
        values.update(overrides)
        return cls.from_mapping(values, source=str(path))

    @classmethod
    def from_mapping(cls, values: dict, source: str = "settings") -> Settings:
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise SettingsError(f"{source}: unknown setting(s) {', '.join(unknown)}")
        converted = {name: _convert(fields[name], value, source) for name, value in values.items()}
        settings = cls(**converted)
        settings.validate(source)
        return settings

    def validate(self, source: str = "settings") -> None:
        if not self.offered_languages:
            raise SettingsError(f"{source}: offered_languages must name at least one language")
        unknown = [code for code in self.offered_languages if code not in KNOWN_LANGUAGES]
        if unknown:
            raise SettingsError(f"{source}: unknown language code(s) {', '.join(unknown)}")
        if self.idle_timeout_s <= 0 or self.countdown_s <= 0:
            raise SettingsError(f"{source}: idle_timeout_s and countdown_s must be positive")
        if min(self.update_max_bundle_mb, self.update_max_unpacked_mb, self.update_max_files) <= 0:
            raise SettingsError(f"{source}: update_max_* limits must be positive")
        if not valid_kiosk_id(self.kiosk_id):
            raise SettingsError(f"{source}: kiosk_id may hold only letters, digits, '.', '_' and '-'")
        if self.log_max_kb <= 0 or self.log_backups < 0 or self.stats_min_count < 1:
            raise SettingsError(
                f"{source}: log_max_kb must be positive, log_backups not negative, "
                "stats_min_count at least 1"
            )
        if self.paper not in ("a4", "80mm"):
            raise SettingsError(f"{source}: paper must be \"a4\" or \"80mm\", not {self.paper!r}")
        if self.print_job_timeout_s <= 0:
            raise SettingsError(f"{source}: print_job_timeout_s must be positive")
        if self.print_quota_session < 0 or self.print_quota_hour < 0:
            raise SettingsError(f"{source}: print quotas must be 0 (no limit) or more")
        if (self.latitude is None) != (self.longitude is None):
            raise SettingsError(f"{source}: give both latitude and longitude, or neither")
        for name, value, (low, high) in (("latitude", self.latitude, GEORGIA_LATITUDE),
                                         ("longitude", self.longitude, GEORGIA_LONGITUDE)):
            if value is not None and not low <= value <= high:
                raise SettingsError(
                    f"{source}: {name} must be within Georgia ({low} to {high}), not {value}")

    @property
    def position(self) -> tuple[float, float] | None:
        """(latitude, longitude) of the kiosk, or None when not set."""
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    @classmethod
    def describe(cls) -> list[tuple[str, str, str]]:
        """(name, default, help) for every setting, for the README and `--help`."""
        defaults = cls()
        return [
            (f.name, repr(getattr(defaults, f.name)), f.metadata.get("help", ""))
            for f in dataclasses.fields(cls)
        ]


def _convert(spec: dataclasses.Field, value, source: str):
    kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
    try:
        if kind == "Path":
            return Path(value).expanduser()
        if kind == "float":
            return float(value)
        if kind == "float | None":  # TOML has no null: "" (or leaving it out) means unset
            if value == "" or value is None:
                return None
            if isinstance(value, bool):
                raise TypeError("expected a number")
            return float(value)
        if kind == "int":
            if isinstance(value, bool) or int(value) != value:
                raise TypeError("expected a whole number")
            return int(value)
        if kind == "bool":
            if not isinstance(value, bool):
                raise TypeError("expected true or false")
            return value
        if kind.startswith("tuple"):
            return tuple(str(item) for item in value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{source}: {spec.name}: {exc}") from exc
