"""Arabic and Persian sample texts added to a copy of the pack, so right-to-left leaflets are
tested and benchmarked before the real translations land. Test data only: never content.

(pdftotext detaches combining marks such as the Persian hamza above into words of their
own, so the body lines compared word by word avoid them; labels with them are checked by eye.)"""
from __future__ import annotations

import re
from pathlib import Path

RTL_TEXTS = {
    "ar": {
        "title": "أريد العودة إلى الوطن",
        "summary": "تساعد المنظمة الدولية للهجرة الناس على العودة الطوعية إلى ديارهم.",
        "body": (
            "تعمل المنظمة الدولية للهجرة (IOM) في جورجيا منذ عام 1993.\n\n"
            "- المكتب الرئيسي في تبليسي\n"
            "- أربعة مكاتب ميدانية: باتومي، كوتايسي، بوتي، تيلافي\n\n"
            "إذا كنت في خطر، اتصل بالرقم 112 في أي وقت."
        ),
        "name": "مكتب المنظمة الدولية للهجرة",
        "city": "تبليسي",
        "label": "الطوارئ: الشرطة، الإسعاف، الإطفاء",
        "note": "مجاني، على مدار 24 ساعة، من أي هاتف.",
    },
    "fa": {
        "title": "می‌خواهم به خانه برگردم",
        "summary": "سازمان بین‌المللی مهاجرت به مردم کمک می‌کند تا داوطلبانه به خانه بازگردند.",
        "body": (
            "سازمان بین‌المللی مهاجرت (IOM) از سال ۱۹۹۳ در گرجستان کار می‌کند.\n\n"
            "- دفتر مرکزی در تفلیس\n"
            "- چهار دفتر منطقه‌ای: باتومی، کوتایسی، پوتی، تلاوی\n\n"
            "اگر در خطر هستید، با شماره 112 تماس بگیرید. پژوهش، گزارش، کمک، یاری."
        ),
        "name": "دفتر سازمان بین‌المللی مهاجرت",
        "city": "تفلیس",
        "label": "اورژانس: پلیس، آمبولانس، آتش‌نشانی",
        "note": "رایگان، شبانه‌روزی، از هر تلفنی.",
    },
}


def _table(header: str, fields: dict[str, str]) -> str:
    lines = [f"[{header}]", "reviewed = false"]
    lines += [f'{key} = """{value}"""' for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def _drop_language(path: Path, lang: str) -> None:
    """Remove the `[text.<lang>]` / `[number.text.<lang>]` tables of a pack file."""
    header = re.compile(rf"^\[(number\.)?text\.{re.escape(lang)}\]\s*$")
    kept, dropping, in_string = [], False, False
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if not in_string and line.startswith("["):
            dropping = bool(header.match(line))
        if line.count('"""') % 2:
            in_string = not in_string
        if not dropping:
            kept.append(line)
    path.write_text("".join(kept), encoding="utf-8")


def add_rtl_languages(pack: Path, languages=("ar", "fa")) -> None:
    """Give every topic, office and emergency number the sample texts in `languages`,
    replacing the pack's own texts in those languages if it has them."""
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    listed = re.search(r"languages = \[(.*)\]", text).group(1)
    codes = [c.strip().strip('"') for c in listed.split(",") if c.strip()]
    new = codes + [lang for lang in languages if lang not in codes]
    manifest.write_text(text.replace(f"[{listed}]", "[" + ", ".join(f'"{c}"' for c in new) + "]"),
                        encoding="utf-8")
    files = [*(pack / "topics").glob("*.toml"), *(pack / "offices").glob("*.toml"),
             pack / "emergency.toml"]
    for lang in languages:
        t = RTL_TEXTS[lang]
        for path in files:
            _drop_language(path, lang)
        for path in (pack / "topics").glob("*.toml"):
            with path.open("a", encoding="utf-8") as f:
                f.write("\n" + _table(f"text.{lang}", {k: t[k] for k in ("title", "summary", "body")}))
        for path in (pack / "offices").glob("*.toml"):
            with path.open("a", encoding="utf-8") as f:
                f.write("\n" + _table(f"text.{lang}", {
                    "name": f"{t['name']} {path.stem}", "city": t["city"], "address": "",
                    "hours": "",
                }))
        path = pack / "emergency.toml"
        with path.open("a", encoding="utf-8") as f:
            f.write("\n" + _table(f"number.text.{lang}", {"label": t["label"], "note": t["note"]}))
