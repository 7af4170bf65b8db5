"""The fleet report's and fleet window's own words, per language.

English is the source. Every other language here was written for this project and has NOT
been reviewed by a native speaker yet (REVIEWED below); the report prints a note saying so.
Placeholders in braces are filled in by the code. Language names come from
kiosk/languages.py (each in its own script) and need no translating.
"""
from __future__ import annotations

REVIEWED = {"en": True}  # every other catalogue: unreviewed

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Kiosk usage figures",
        "period": "Period: {start} to {end}",
        "kiosks": "Kiosks: {n}",
        "made": "Made on {date}",
        "page": "Page {n}",
        "unreviewed": "",
        "suppressed": ("Hourly counts below {n} are left out, as the kiosks leave them out of "
                       "their exports, so that no figure can point at one person. Totals are "
                       "therefore a little lower than the real use."),
        "left_out": "{n} stored hourly counts below {m} were left out of this report too.",
        "no_data": "There are no figures for this period and these kiosks.",
        "no_section_data": "No figures of this kind in this period.",
        "table_note": "The figures behind the chart above.",
        "sessions_title": "Sessions per week, per kiosk",
        "sessions_axis": "Sessions",
        "week": "Week from",
        "kiosk": "Kiosk",
        "total": "Total",
        "languages_title": "Languages chosen, per kiosk",
        "language": "Language",
        "topics_title": "Needs and programme topics opened, most opened first",
        "rank": "Rank",
        "topic": "Topic",
        "kind": "Kind",
        "need": "need",
        "programme": "programme",
        "opened": "Opened",
        "leaflets_title": "Leaflets printed, by topic and language",
        "leaflet": "Leaflet",
        "faults_title": "Printer faults, per kiosk",
        "fault": "Fault",
        "lengths_title": "Session lengths",
        "length": "Length",
        "sessions": "Sessions",
        "silent_title": "Kiosks with no figures for more than {n} days",
        "last_figures": "Last figures",
        "days_silent": "Days without figures",
        "never": "never",
        "none_silent": "Every kiosk has figures from the last {n} days of the period.",
        "<1min": "under 1 min",
        "1-3min": "1–3 min",
        "3-10min": "3–10 min",
        ">10min": "over 10 min",
        # The fleet window
        "window_title": "Fleet usage figures",
        "import": "Import from a stick or folder…",
        "importing": "Importing {done} of {total}…",
        "imported": "Done: {imported} imported, {already} already there, {refused} refused.",
        "from": "From",
        "to": "To",
        "all_kiosks": "All kiosks",
        "show": "Show",
    },
    "ka": {
        "title": "კიოსკების გამოყენების მონაცემები",
        "period": "პერიოდი: {start} – {end}",
        "kiosks": "კიოსკები: {n}",
        "made": "შექმნილია {date}",
        "page": "გვერდი {n}",
        "unreviewed": "ამ ანგარიშის ქართული თარგმანი ჯერ არ არის გადამოწმებული.",
        "suppressed": ("{n}-ზე ნაკლები საათობრივი რაოდენობები გამოტოვებულია, ისევე როგორც "
                       "კიოსკები გამოტოვებენ მათ ექსპორტისას, რათა არცერთმა მონაცემმა ერთ "
                       "ადამიანზე არ მიუთითოს. ამიტომ ჯამები ოდნავ ნაკლებია რეალურ "
                       "გამოყენებაზე."),
        "left_out": "ამ ანგარიშიდანაც გამოტოვებულია {m}-ზე ნაკლები {n} შენახული საათობრივი რაოდენობა.",
        "no_data": "ამ პერიოდისა და ამ კიოსკებისთვის მონაცემები არ არის.",
        "no_section_data": "ამ პერიოდში ამ სახის მონაცემები არ არის.",
        "table_note": "ზემოთ მოცემული დიაგრამის მონაცემები.",
        "sessions_title": "სესიები კვირების მიხედვით, თითოეულ კიოსკზე",
        "sessions_axis": "სესიები",
        "week": "კვირის დასაწყისი",
        "kiosk": "კიოსკი",
        "total": "სულ",
        "languages_title": "არჩეული ენები, თითოეულ კიოსკზე",
        "language": "ენა",
        "topics_title": "გახსნილი საჭიროებები და პროგრამის თემები, ყველაზე ხშირიდან",
        "rank": "ადგილი",
        "topic": "თემა",
        "kind": "სახე",
        "need": "საჭიროება",
        "programme": "პროგრამა",
        "opened": "გახსნილია",
        "leaflets_title": "დაბეჭდილი ბროშურები თემისა და ენის მიხედვით",
        "leaflet": "ბროშურა",
        "faults_title": "პრინტერის გაუმართაობები, თითოეულ კიოსკზე",
        "fault": "გაუმართაობა",
        "lengths_title": "სესიების ხანგრძლივობა",
        "length": "ხანგრძლივობა",
        "sessions": "სესიები",
        "silent_title": "კიოსკები, რომლებსაც {n} დღეზე მეტხანს მონაცემები არ აქვთ",
        "last_figures": "ბოლო მონაცემები",
        "days_silent": "დღეები მონაცემების გარეშე",
        "never": "არასდროს",
        "none_silent": "ყველა კიოსკს აქვს მონაცემები პერიოდის ბოლო {n} დღიდან.",
        "<1min": "1 წთ-ზე ნაკლები",
        "1-3min": "1–3 წთ",
        "3-10min": "3–10 წთ",
        ">10min": "10 წთ-ზე მეტი",
        "window_title": "კიოსკების გამოყენების მონაცემები",
        "import": "იმპორტი ფლეშკიდან ან საქაღალდიდან…",
        "importing": "იმპორტი: {done} / {total}…",
        "imported": "დასრულდა: იმპორტირებულია {imported}, უკვე იყო {already}, უარყოფილია {refused}.",
        "from": "საწყისი თარიღი",
        "to": "ბოლო თარიღი",
        "all_kiosks": "ყველა კიოსკი",
        "show": "ჩვენება",
    },
}


def words_for(language: str) -> dict[str, str]:
    """The catalogue for a language; KeyError naming the languages there are."""
    if language not in WORDS:
        raise KeyError(f"the fleet report has no words in {language!r}; "
                       f"it has {', '.join(sorted(WORDS))}")
    return WORDS[language]
