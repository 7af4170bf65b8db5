"""The languages the kiosk knows: code, name in its own script, writing direction."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    right_to_left: bool = False


KNOWN_LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("ka", "ქართული"),
        Language("en", "English"),
        Language("ru", "Русский"),
        Language("uk", "Українська"),
        Language("hy", "Հայերեն"),
        Language("az", "Azərbaycanca"),
        Language("tr", "Türkçe"),
        Language("ar", "العربية", right_to_left=True),
        Language("fa", "فارسی", right_to_left=True),
    )
}
