"""Every kiosk setting declared once, with its type, default and meaning; loaded from TOML.

The settings object is built once by the composition root (or a test) and passed in;
nothing imports it as a global.
"""
from __future__ import annotations

import dataclasses
import math
import os
import re
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
    '.', '_' and '-', 1 to 64 of them."""
    return 0 < len(text) <= 64 and all(c.isascii() and (c.isalnum() or c in "._-") for c in text)


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
        metadata={"range": (5, 86_400),
                  "help": "Seconds without a touch before the reset countdown appears."},
    )
    countdown_s: float = field(
        default=20.0,
        metadata={"range": (1, 3_600),
                  "help": "Seconds the countdown runs before the kiosk resets to welcome."},
    )
    fullscreen: bool = field(
        default=True, metadata={"help": "Start full-screen (false = a window, for trying it)."}
    )
    screen_dpi: float = field(
        default=0.0,
        metadata={"range": (0, 2_000),
                  "help": "Physical dots per inch for sizing touch targets; 0 = ask the screen."},
    )
    update_public_keys: tuple[str, ...] = field(
        default=(),
        metadata={"help": "Trusted Ed25519 keys for content bundles (base64, PEM or a file path);"
                          " list two while rotating keys."},
    )
    update_max_bundle_mb: float = field(
        default=64.0,
        metadata={"range": (0.001, 100_000),
                  "help": "Largest content bundle file accepted, in MB."}
    )
    update_max_unpacked_mb: float = field(
        default=256.0,
        metadata={"range": (0.001, 1_000_000),
                  "help": "Largest total size a content bundle may unpack to, in MB."}
    )
    update_max_files: int = field(
        default=5000,
        metadata={"range": (1, 1_000_000),
                  "help": "Most files a content bundle may contain."}
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
                          "longitude, the office list shows the nearest office first.",
                  "range": GEORGIA_LATITUDE, "within": "Georgia"},
    )
    longitude: float | None = field(
        default=None,
        metadata={"help": "The kiosk's longitude in degrees (within Georgia, 39.9 to 46.8).",
                  "range": GEORGIA_LONGITUDE, "within": "Georgia"},
    )
    log_file: Path = field(
        default=Path(""),
        metadata={"help": "Rotating log file; empty = kiosk.log in data_dir."},
    )
    log_max_kb: int = field(
        default=1024,
        metadata={"range": (1, 10_000_000),
                  "help": "Size in KiB at which the log file is rotated."}
    )
    log_backups: int = field(
        default=5,
        metadata={"range": (0, 1_000),
                  "help": "Rotated log files kept beside the current one."}
    )
    stats_database: Path = field(
        default=Path(""),
        metadata={"help": "Writable usage-figures database (SQLite, WAL); empty = state.db in data_dir."},
    )
    stats_min_count: int = field(
        default=5,
        metadata={"range": (1, 1_000_000),
                  "help": "Exported usage counts below this are suppressed (left out)."},
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
        metadata={"range": (1, 86_400),
                  "help": "A print job not done after this many seconds is cancelled."},
    )
    print_quota_session: int = field(
        default=3,
        metadata={"range": (0, 10_000),
                  "help": "Leaflets one visitor may print before the idle reset; 0 = no limit."},
    )
    print_quota_hour: int = field(
        default=30,
        metadata={"range": (0, 100_000),
                  "help": "Leaflets the kiosk prints in any hour; 0 = no limit."},
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
        if Path(path).exists() and not Path(path).is_file():  # a folder, or a pipe that would block
            raise SettingsError(f"{path}: not a file")
        try:
            raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise SettingsError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
        except OSError as exc:
            raise SettingsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        except (tomllib.TOMLDecodeError, RecursionError) as exc:
            raise SettingsError(f"{path}: not valid TOML ({exc or 'nested too deeply'})") from exc
        stray = sorted(set(raw) - {"kiosk"})
        if stray:  # a key outside the table would otherwise be silently ignored
            raise SettingsError(f"{path}: {', '.join(map(_shown, stray))}: settings belong in the "
                                "[kiosk] table")
        values = raw.get("kiosk", {})
        if not isinstance(values, dict):
            raise SettingsError(f"{path}: kiosk must be a table ([kiosk] followed by settings)")
        values = {**values, **overrides}
        return cls.from_mapping(values, source=str(path))

    @classmethod
    def from_mapping(cls, values: dict, source: str = "settings") -> Settings:
        """Settings from plain values (a TOML table); every value is checked against its
        declared type and range first, so nothing unchecked reaches Qt or the disk."""
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(str(name) for name in set(values) - set(fields))
        if unknown:
            raise SettingsError(f"{source}: unknown setting(s) {', '.join(map(_shown, unknown))}")
        converted = {name: _convert(fields[name], value, source) for name, value in values.items()}
        settings = cls(**converted)
        settings.validate(source)
        return settings

    def validate(self, source: str = "settings") -> None:
        if not self.offered_languages:
            raise SettingsError(f"{source}: offered_languages must name at least one language")
        unknown = [code for code in self.offered_languages if code not in KNOWN_LANGUAGES]
        if unknown:
            raise SettingsError(f"{source}: offered_languages: unknown language code(s) "
                                f"{', '.join(map(_shown, unknown))}; known: {', '.join(KNOWN_LANGUAGES)}")
        if len(set(self.offered_languages)) != len(self.offered_languages):
            raise SettingsError(f"{source}: offered_languages: a language is listed twice")
        if self.idle_timeout_s <= 0 or self.countdown_s <= 0:
            raise SettingsError(f"{source}: idle_timeout_s and countdown_s must be positive")
        if min(self.update_max_bundle_mb, self.update_max_unpacked_mb, self.update_max_files) <= 0:
            raise SettingsError(f"{source}: update_max_* limits must be positive")
        if not valid_kiosk_id(self.kiosk_id):
            raise SettingsError(f"{source}: kiosk_id may hold only letters, digits, '.', '_' and '-' "
                                "(1 to 64 of them)")
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
        if self.screen_dpi and self.screen_dpi < 50:
            raise SettingsError(f"{source}: screen_dpi: 0 (ask the screen) or from 50 to 2000")
        if not self.bundle_glob.strip() or "/" in self.bundle_glob:
            raise SettingsError(f"{source}: bundle_glob: a file name pattern such as "
                                "\"*.kioskbundle\" (no folders)")
        if self.database_url:
            from sqlalchemy.engine import make_url  # only when a URL is set
            from sqlalchemy.exc import ArgumentError

            try:
                make_url(self.database_url)
            except (ArgumentError, ValueError):
                raise SettingsError(f"{source}: database_url: not a database URL (e.g. "
                                    "\"postgresql+psycopg://host/kiosk\"); empty = SQLite in "
                                    "data_dir") from None
        if (self.latitude is None) != (self.longitude is None):
            raise SettingsError(f"{source}: give both latitude and longitude, or neither")
        for name, value, (low, high) in (("latitude", self.latitude, GEORGIA_LATITUDE),
                                         ("longitude", self.longitude, GEORGIA_LONGITUDE)):
            if value is not None and not low <= value <= high:  # also for values given in code
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


TEXT_LIMIT = 1_000  # characters in one text setting; more is a mistake, not a setting
LIST_LIMIT = 100  # items in one list setting
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # tab, newline pass


def _shown(value) -> str:
    """A value as it may appear in a one-line message: short, no control characters."""
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9_.-]{1,60}", value):
        return value
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _plain(value, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected {what}, not {_shown(value)}")
    if _CONTROL.search(value) or len(value) > TEXT_LIMIT:
        raise ValueError(f"expected {what} of at most {TEXT_LIMIT} characters without control "
                         "characters")
    return value


def _number(spec: dataclasses.Field, value, whole: bool):
    if isinstance(value, bool) or not isinstance(value, (int, float)):  # bool is an int in Python
        raise TypeError(f"expected a {'whole ' if whole else ''}number, not {_shown(value)}")
    if whole and not isinstance(value, int):
        raise TypeError(f"expected a whole number, not {_shown(value)}")
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number, not {value}")
    low, high = spec.metadata.get("range", (0, 1_000_000))
    if not low <= value <= high:
        if "within" in spec.metadata:  # a named area reads better than bare numbers
            raise ValueError(f"{value:g} is not within {spec.metadata['within']} "
                             f"({low:g} to {high:g})")
        raise ValueError(f"{value:g} is outside {low:g} to {high:g}")
    return int(value) if whole else float(value)


def _convert(spec: dataclasses.Field, value, source: str):
    """One value checked against its field's declared type (and range), or SettingsError."""
    kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
    try:
        if kind == "Path":
            return Path(_plain(value, "a path")).expanduser()
        if kind == "float":
            return _number(spec, value, whole=False)
        if kind == "float | None":  # TOML has no null: "" (or leaving it out) means unset
            if value == "" or value is None:
                return None
            return _number(spec, value, whole=False)
        if kind == "int":
            return _number(spec, value, whole=True)
        if kind == "bool":
            if not isinstance(value, bool):
                raise TypeError(f"expected true or false, not {_shown(value)}")
            return value
        if kind.startswith("tuple"):
            if not isinstance(value, list) or len(value) > LIST_LIMIT:
                raise TypeError(f"expected a list of texts, e.g. [\"a\", \"b\"], not {_shown(value)}")
            return tuple(_plain(item, "a list of texts") for item in value)
        return _plain(value, "text in quotes")
    except (TypeError, ValueError, RuntimeError) as exc:
        raise SettingsError(f"{source}: {spec.name}: {exc}") from exc
