"""Checks on what staff type into an office's facts and texts. An empty value is always
allowed (unknown stays empty); a value is only reformatted (spaces taken out of a phone
number), never completed or guessed."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# Georgia's extent with a small margin (about 41.05-43.59 N, 40.01-46.74 E).
GEORGIA_LATITUDE = (41.0, 43.65)
GEORGIA_LONGITUDE = (39.95, 46.8)

_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_GEORGIAN_E164 = re.compile(r"^\+995\d{9}$")
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")
_TIME = re.compile(r"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)")


def normalise_phone(text: str) -> str:
    return _PHONE_SEPARATORS.sub("", text.strip())


def phone_problem(text: str) -> str | None:
    """None when empty or a Georgian number in E.164 (+995 and nine digits)."""
    value = normalise_phone(text)
    if not value:
        return None
    if not value.startswith("+"):
        return "write the number in international form, starting +995"
    if not _GEORGIAN_E164.fullmatch(value):
        return "a Georgian number is +995 followed by nine digits"
    return None


def email_problem(text: str) -> str | None:
    value = text.strip()
    if not value or _EMAIL.fullmatch(value):
        return None
    return "not an e-mail address (name@example.org)"


def website_problem(text: str) -> str | None:
    value = text.strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        return "a web address starts with https:// (or http://)"
    host = parts.hostname or ""
    if not _HOST.fullmatch(host) or " " in value:
        return "not a web address (https://example.org/...)"
    return None


def _number(value) -> float | None:
    if isinstance(value, bool):
        raise ValueError
    if value in ("", None):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return float(str(value).strip().replace(",", "."))


def coordinates_problems(latitude, longitude) -> dict[str, str]:
    """Both empty, or both numbers inside Georgia."""
    problems: dict[str, str] = {}
    values = {}
    for name, value in (("latitude", latitude), ("longitude", longitude)):
        try:
            values[name] = _number(value)
        except ValueError:
            problems[name] = "must be a number (decimal degrees) or empty"
    if problems:
        return problems
    lat, lon = values["latitude"], values["longitude"]
    if (lat is None) != (lon is None):
        missing = "longitude" if lon is None else "latitude"
        problems[missing] = "give both latitude and longitude, or neither"
        return problems
    if lat is None:
        return problems
    if not GEORGIA_LATITUDE[0] <= lat <= GEORGIA_LATITUDE[1]:
        problems["latitude"] = (f"{lat:g} is outside Georgia "
                                f"({GEORGIA_LATITUDE[0]:g} to {GEORGIA_LATITUDE[1]:g} N)")
    if not GEORGIA_LONGITUDE[0] <= lon <= GEORGIA_LONGITUDE[1]:
        problems["longitude"] = (f"{lon:g} is outside Georgia "
                                 f"({GEORGIA_LONGITUDE[0]:g} to {GEORGIA_LONGITUDE[1]:g} E)")
    return problems


def hours_problem(text: str) -> str | None:
    """Opening hours are free text in each language, but must name real times: at least one
    time like 09:00, every time a real one, and each 'from-to' pair in order."""
    value = text.strip()
    if not value:
        return None
    times = _TIME.findall(value)
    if not times:
        return "give the times, e.g. 09:00-18:00"
    minutes = []
    for hours, mins in times:
        if int(hours) > 24 or int(mins) > 59 or (int(hours) == 24 and int(mins) != 0):
            return f"{hours}:{mins} is not a time of day"
        minutes.append(int(hours) * 60 + int(mins))
    for match in re.finditer(r"(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})", value):
        start = int(match.group(1)) * 60 + int(match.group(2))
        end = int(match.group(3)) * 60 + int(match.group(4))
        if end <= start:
            return f"{match.group(0)}: the closing time is not after the opening time"
    return None


def office_facts_problems(facts: dict, topic_ids: set[str] | None = None) -> dict[str, str]:
    """Problems with an office's contact facts, by field name (empty dict: all fine)."""
    problems: dict[str, str] = {}
    for name, check in (("phone", phone_problem), ("email", email_problem),
                        ("website", website_problem)):
        value = facts.get(name, "")
        if not isinstance(value, str):
            problems[name] = "must be text"
            continue
        problem = check(value)
        if problem:
            problems[name] = problem
    problems.update(coordinates_problems(facts.get("latitude", ""), facts.get("longitude", "")))
    if "central" in facts and not isinstance(facts["central"], bool):
        problems["central"] = "must be true or false"
    if "order" in facts and (isinstance(facts["order"], bool) or not isinstance(facts["order"], int)):
        problems["order"] = "must be a whole number"
    services = facts.get("services", [])
    if not isinstance(services, list) or not all(isinstance(s, str) for s in services):
        problems["services"] = "must be a list of topic ids"
    elif topic_ids is not None:
        unknown = [s for s in services if s not in topic_ids]
        if unknown:
            problems["services"] = f"no such topic: {', '.join(unknown)}"
    return problems


def normalise_office_facts(facts: dict) -> dict:
    """Spaces out of the phone number, coordinates as numbers; nothing added."""
    result = dict(facts)
    if isinstance(result.get("phone"), str):
        result["phone"] = normalise_phone(result["phone"])
    for name in ("email", "website"):
        if isinstance(result.get(name), str):
            result[name] = result[name].strip()
    for name in ("latitude", "longitude"):
        if name in result:
            value = _number(result[name])
            result[name] = "" if value is None else value
    return result


def text_problems(family: str, fields: dict[str, str]) -> dict[str, str]:
    """Problems with one language's words (only the opening hours are checked today)."""
    problems: dict[str, str] = {}
    if family == "office":
        problem = hours_problem(str(fields.get("hours", "")))
        if problem:
            problems["hours"] = problem
    return problems


def _topic_problems(key: str, facts: dict, topic_ids: set[str]) -> dict[str, str]:
    from kiosk.content.pack import TOPIC_KINDS, TOPIC_OPENS

    problems: dict[str, str] = {}
    if facts.get("kind") not in TOPIC_KINDS:
        problems["kind"] = f"one of {', '.join(TOPIC_KINDS)}"
    if facts.get("opens", "") not in TOPIC_OPENS:
        problems["opens"] = 'empty or "offices"'
    if not isinstance(facts.get("pictogram"), str) or not facts.get("pictogram"):
        problems["pictogram"] = "the name of a pictogram"
    related = facts.get("related", [])
    own = key.split(":", 1)[1]
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        problems["related"] = "must be a list of topic ids"
    else:
        unknown = [r for r in related if r not in topic_ids or r == own]
        if unknown:
            problems["related"] = f"not another topic: {', '.join(unknown)}"
    return problems


def facts_problems(family: str, key: str, facts: dict, topic_ids: set[str]) -> dict[str, str]:
    """Problems with an item's facts (by field name), by family; unknown keys pass."""
    problems: dict[str, str] = {}
    if family == "office":
        problems.update(office_facts_problems(facts, topic_ids))
    elif family == "topic":
        problems.update(_topic_problems(key, facts, topic_ids))
    elif family == "emergency":
        number = facts.get("number", "")
        if not isinstance(number, str) or not re.fullmatch(r"\+?\d{2,15}", number.strip()):
            problems["number"] = "a telephone number (digits)"
        if str(facts.get("id", "")) != key.split(":", 1)[1]:
            problems["id"] = "the id of an emergency number cannot change"
    elif family == "manifest":
        from kiosk.languages import KNOWN_LANGUAGES
        from kiosk.updates.versions import is_valid

        if not is_valid(str(facts.get("version", ""))):
            problems["version"] = "dot-separated numbers, e.g. 2026.12.1.1"
        languages = facts.get("languages")
        if not isinstance(languages, list) or not languages or \
                any(lang not in KNOWN_LANGUAGES for lang in languages):
            problems["languages"] = f"a list of: {', '.join(KNOWN_LANGUAGES)}"
        elif facts.get("default_language") not in languages:
            problems["default_language"] = "one of the languages"
    if "order" in facts and (isinstance(facts["order"], bool) or not isinstance(facts["order"], int)):
        problems["order"] = "must be a whole number"
    return problems
