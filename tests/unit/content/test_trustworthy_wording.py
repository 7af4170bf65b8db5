"""Wording a person can trust, in every language: what the content review corrected cannot
quietly come back (content-review-2026-11, issue 16).

Each rule is checked on every visitor-facing text of the bundled pack (topics, offices,
emergency numbers, leaflet words) and on the UI catalogues; a Hypothesis test proves each
rule can fail by planting a forbidden phrase in a random text.
"""
from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.pack import load_pack
from kiosk.paths import CONTENT_PACK, I18N, PICTOGRAMS

LANGUAGES = ("ka", "en", "ru", "uk", "hy", "az", "tr", "ar", "fa")

# Phrasings the review found wrong, per language. Matched case-insensitively as substrings.
BANNED = {
    # X1/X2: "come to any IOM office" (no office address is known; walk-in service unconfirmed)
    "any office": {
        "en": ["any IOM office", "any of them and ask", "how to reach it"],
        "ka": ["ნებისმიერ ოფისში", "ნებისმიერ ოფისს", "როგორ მიხვიდეთ."],
        "ru": ["любой офис", "любом офисе", "как до него добраться"],
        "uk": ["будь-якого офісу", "будь-якому офісі", "як до нього дістатися"],
        "hy": ["ցանկացած գրասենյակ", "ինչպես հասնել այնտեղ"],
        "az": ["istənilən BMqT ofis", "ora necə çatacağınızı"],
        "tr": ["herhangi bir IOM ofis", "nasıl ulaşacağınızı"],
        "ar": ["أي مكتب من مكاتب", "أي مكتب للمنظمة", "كيف تصل إليه"],
        "fa": ["هر یک از دفترهای", "هر کدام از آن‌ها بروید", "چطور به آن برسید"],
    },
    # X3: IOM "helps you find work" (the seed: it promotes legal employment)
    "finds work": {
        "en": ["finding work on foreign", "find work abroad", "helps you find work"],
        "ka": ["სამუშაოს პოვნაში"],
        "ru": ["найти работу на зарубежных"],
        "uk": ["знайти роботу на закордонних"],
        "hy": ["աշխատանք գտնելու"],
        "az": ["iş tapmağa kömək"],
        "tr": ["iş bulmasına"],
        "ar": ["إيجاد عمل"],
        "fa": ["یافتن کار"],
    },
    # X4: "nobody has the right to take your passport" (too broad; the border page's wording)
    "passport": {
        "en": ["nobody has the right to take"],
        "ka": ["არავის აქვს უფლება, წაგართვათ"],
        "ru": ["никто не имеет права его забирать"],
        "uk": ["ніхто не має права його забирати"],
        "hy": ["ոչ ոք իրավունք չունի այն"],
        "az": ["heç kimin onu götürməyə haqqı", "heç kimin onu sizdən almağa haqqı"],
        "tr": ["kimsenin onu alma hakkı", "kimsenin onu sizden alma hakkı"],
        "ar": ["لا يحق لأحد أن يأخذه"],
        "fa": ["هیچ‌کس حق ندارد آن را از شما بگیرد"],
    },
    # X6, ru8/uk8/fa2, ru1/uk1/az2, ka1, fa1
    "other": {
        "en": ["fair procedures"],
        "ka": ["მექსპლუატირებენ", "გექსპლუატირებენ"],
        "ru": ["справедливыми процедурами", "Полевой офис", "полевых офис", "ГКВМ"],
        "uk": ["справедливі процедури", "Польовий офіс", "польові офіси", "ДКПМ"],
        "hy": ["արդար ընթացակարգեր"],
        "az": ["ədalətli prosedurlar", "MMDK"],
        "tr": ["adil prosedürler"],
        "ar": ["إجراءات عادلة"],
        "fa": ["رویه‌های منصفانه", "دفتر منطقه‌ای", "موافقت‌نامه همکاری میان اتحادیه اروپا"],
    },
}

# An invitation to walk into an office: a service promise IOM has not confirmed. Allowed only
# once the pack confirms it (an office with an address and a non-empty `services` list).
WALK_IN = {
    "en": ["come to an IOM office", "come to the IOM office", "come to IOM", "come and ask"],
    "ka": ["მიდით IOM-ის", "მოდით IOM-ის", "მაინც მოდით"],
    "ru": ["приходите в офис", "прийти в офис", "приходите в любой", "всё равно приходите"],
    "uk": ["приходьте до офісу", "прийти до офісу", "усе одно приходьте"],
    "hy": ["եկեք ՄՄԿ", "գալ ՄՄԿ", "եկեք և հարցրեք"],
    "az": ["ofisinə gəlin", "ofisinə gəlib", "yenə də gəlib"],
    "tr": ["ofisine gelin", "ofisine gelip", "yine de gelip"],
    "ar": ["اذهب إلى مكتب", "اذهب إلى أي", "تعال إلى", "تعال واسأل"],
    "fa": ["به دفتر سازمان بروید", "به دفتر سازمان بیایید", "بیایید و بپرسید"],
}

# What a person can do here and now: ask the staff where the kiosk stands.
STAFF = {"en": "staff", "ka": "თანამშრომ", "ru": "сотрудник", "uk": "працівник",
         "hy": "աշխատակից", "az": "işçi", "tr": "görevli", "ar": "الموظف", "fa": "کارکنان"}

# The passport wording of the border page, and "even if you agreed at first".
EMPLOYER_AGENT_LANDLORD = {
    "en": "No employer, agent or landlord", "ka": "არც დამსაქმებელს, არც შუამავალს და არც მეპატრონეს",
    "ru": "Ни работодатель, ни посредник, ни хозяин жилья",
    "uk": "Ні роботодавець, ні посередник, ні власник житла",
    "hy": "Ո՛չ գործատուն, ո՛չ միջնորդը, ո՛չ էլ տանտերը",
    "az": "Heç bir işəgötürənin, vasitəçinin və ya ev sahibinin",
    "tr": "Hiçbir işverenin, aracının veya ev sahibinin",
    "ar": "لا يحق لأي صاحب عمل أو وسيط أو مالك سكن",
    "fa": "هیچ کارفرما، واسطه یا صاحب‌خانه‌ای",
}
AGREED_AT_FIRST = {"en": "even if you agreed at first", "ka": "თავიდან თავად დათანხმდით",
                   "ru": "даже если сначала вы сами согласились",
                   "uk": "навіть якщо спочатку ви самі погодилися",
                   "hy": "նույնիսկ եթե սկզբում Դուք ինքներդ համաձայնել եք",
                   "az": "Əvvəlcə özünüz razılaşmış olsanız belə",
                   "tr": "Başta kendiniz kabul etmiş olsanız bile",
                   "ar": "حتى لو كنت قد وافقت في البداية",
                   "fa": "حتی اگر در ابتدا خودتان موافقت کرده باشید"}

# Leaflet and label words over 112: the emergency number, not "ambulance" (hy1, az1, fa3).
NOT_THE_112_HEADING = {"hy": "Շտապ օգնություն", "az": "Təcili yardım", "fa": "اورژانس"}


def pack_texts(pack) -> dict[tuple[str, str], str]:
    """Every visitor-facing text: (where, language) -> text."""
    texts = {}
    for topic in pack.topics.values():
        for lang, text in topic.texts.items():
            for key, value in text.fields.items():
                texts[(f"topics/{topic.id}.{key}", lang)] = value
    for office in pack.offices.values():
        for lang, text in office.texts.items():
            for key, value in text.fields.items():
                texts[(f"offices/{office.id}.{key}", lang)] = value
    for number in pack.emergency:
        for lang, text in number.texts.items():
            for key, value in text.fields.items():
                texts[(f"emergency/{number.id}.{key}", lang)] = value
    for lang, text in pack.leaflet.texts.items():
        for key, value in text.fields.items():
            texts[(f"leaflet.{key}", lang)] = value
    return texts


def ui_texts() -> dict[tuple[str, str], str]:
    texts = {}
    for ts in sorted(I18N.glob("kiosk_*.ts")):
        lang = ts.stem.removeprefix("kiosk_")
        for message in ET.parse(ts).iter("message"):
            source = message.find("source").text
            texts[(f"ui:{source}", lang)] = "".join(message.find("translation").itertext())
            texts[(f"ui:{source}", "en")] = source
    return texts


TURKIC = {"tr", "az"}


def fold(text: str, lang: str) -> str:
    """Case-insensitive form; Turkish and Azerbaijani pair I with ı and İ with i."""
    if lang in TURKIC:
        text = text.replace("I", "ı").replace("İ", "i")
    return text.casefold()


def upper(text: str, lang: str) -> str:
    if lang in TURKIC:
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def banned_findings(texts: dict[tuple[str, str], str]) -> list[str]:
    found = []
    for (where, lang), text in texts.items():
        folded = fold(text, lang)
        for rule, phrases in BANNED.items():
            for phrase in phrases.get(lang, []):
                if fold(phrase, lang) in folded:
                    found.append(f"{where} [{lang}] {rule}: {phrase!r}")
    return found


def walk_in_findings(texts: dict[tuple[str, str], str], confirmed: bool) -> list[str]:
    if confirmed:
        return []
    return [f"{where} [{lang}] invites to walk in: {phrase!r}"
            for (where, lang), text in texts.items()
            for phrase in WALK_IN.get(lang, []) if fold(phrase, lang) in fold(text, lang)]


def office_pointer_findings(pack, texts: dict[tuple[str, str], str]) -> list[str]:
    """A page that points to the office list says first what to do here: ask the staff."""
    found = []
    for (where, lang), text in texts.items():
        if not where.endswith(".body") or where == "topics/need-office.body":
            continue
        office_title = pack.topics["need-office"].texts[lang].fields["title"]
        pointer = text.find(office_title)
        if pointer < 0:
            continue
        staff = fold(text, lang).find(fold(STAFF[lang], lang))
        if staff < 0 or staff > pointer:
            found.append(f"{where} [{lang}] points to the offices before saying: ask the staff")
    return found


@pytest.fixture(scope="module")
def pack():
    loaded = bundled_pack()
    assert not loaded.errors
    return loaded


@functools.lru_cache(maxsize=1)
def bundled_pack():
    return load_pack(CONTENT_PACK, PICTOGRAMS)


@functools.lru_cache(maxsize=1)
def bundled_texts():
    return pack_texts(bundled_pack())  # read-only: the planting tests copy before changing


def services_confirmed(pack) -> bool:
    """IOM has confirmed what an office does and where it is: services listed, address known."""
    return any(office.services and any(t.fields["address"] for t in office.texts.values())
               for office in pack.offices.values())


def test_no_corrected_phrasing_came_back_in_the_pack(pack):
    assert banned_findings(pack_texts(pack)) == []


def test_no_corrected_phrasing_came_back_in_the_ui(pack):
    assert banned_findings(ui_texts()) == []


def test_no_text_invites_to_walk_into_an_office_while_services_are_unconfirmed(pack):
    assert not services_confirmed(pack)  # today: no office lists a confirmed service
    assert walk_in_findings(pack_texts(pack), services_confirmed(pack)) == []
    assert walk_in_findings(ui_texts(), services_confirmed(pack)) == []


def test_every_pointer_to_the_office_list_comes_after_asking_the_staff(pack):
    assert office_pointer_findings(pack, pack_texts(pack)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_need_page_gives_112_and_the_staff_here(pack, lang):
    for topic in (t for t in pack.topics.values() if t.kind == "need"):
        body = topic.texts[lang].fields["body"]
        assert "112" in body, (topic.id, lang)
        assert STAFF[lang].casefold() in body.casefold(), (topic.id, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_passport_and_consent_wording(pack, lang):
    for topic_id in ("need-exploited", "migrant-protection"):
        assert EMPLOYER_AGENT_LANDLORD[lang] in pack.topics[topic_id].texts[lang].fields["body"], (
            topic_id, lang)
    definition = pack.topics["counter-trafficking"].texts[lang].fields["body"]
    assert AGREED_AT_FIRST[lang].casefold() in definition.casefold(), lang


@pytest.mark.parametrize("lang", sorted(NOT_THE_112_HEADING))
def test_the_112_heading_says_emergency_not_ambulance(pack, lang):
    ambulance = NOT_THE_112_HEADING[lang]
    assert pack.leaflet.texts[lang].fields["emergency"] != ambulance
    for number in pack.emergency:
        assert not number.texts[lang].fields["label"].startswith(ambulance + ":")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_programme_pages_open_with_a_plain_sentence(pack, lang):
    """The first paragraph names no acronym or jargon a tired reader would have to know."""
    jargon = ("SCMI", "MCOF", "CBDM", "AVRR", "SDG", "capacity building", "(")
    for topic in (t for t in pack.topics.values() if t.kind in ("programme", "section")):
        first = topic.texts[lang].fields["body"].strip().split("\n\n")[0]
        assert not any(word in first for word in jargon), (topic.id, lang, first)
        assert len(first) < 220, (topic.id, lang)  # one sentence, not a paragraph


# --- the rules can fail: plant a forbidden phrase in a random text ----------------------

def _planted(texts, key, phrase, position):
    text = texts[key]
    cut = min(position, len(text))
    return {**texts, key: text[:cut] + " " + phrase + " " + text[cut:]}


BANNED_PHRASES = sorted((lang, phrase) for phrases in BANNED.values()
                        for lang, listed in phrases.items() for phrase in listed)


@given(st.sampled_from(BANNED_PHRASES), st.integers(0, 10**6), st.integers(0, 2),
       st.integers(0, 400))
def test_a_planted_banned_phrase_is_found(lang_phrase, pick, case, position):
    texts = bundled_texts()
    lang, phrase = lang_phrase
    keys = sorted(k for k in texts if k[1] == lang)
    key = keys[pick % len(keys)]
    phrase = (phrase, upper(phrase, lang), upper(phrase[0], lang) + phrase[1:])[case]
    found = banned_findings(_planted(texts, key, phrase, position))
    assert any(f.startswith(f"{key[0]} [{lang}]") for f in found)


@given(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 400))
def test_a_planted_walk_in_invitation_is_found_until_services_are_confirmed(
        pick, pick_phrase, position):
    texts = bundled_texts()
    keys = sorted(texts)
    key = keys[pick % len(keys)]
    phrases = WALK_IN[key[1]]
    planted = _planted(texts, key, phrases[pick_phrase % len(phrases)], position)
    assert walk_in_findings(planted, confirmed=False)
    assert walk_in_findings(planted, confirmed=True) == []


@given(st.integers(0, 10**6))
def test_a_pointer_to_the_offices_before_the_staff_is_found(pick):
    pack = bundled_pack()
    texts = bundled_texts()
    bodies = sorted(k for k in texts if k[0].endswith(".body") and k[0] != "topics/need-office.body")
    key = bodies[pick % len(bodies)]
    title = pack.topics["need-office"].texts[key[1]].fields["title"]
    planted = {**texts, key: f"«{title}» " + texts[key]}
    assert any(f.startswith(f"{key[0]} [{key[1]}]") for f in office_pointer_findings(pack, planted))
