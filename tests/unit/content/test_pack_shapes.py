"""Every pack field has a declared shape: any TOML value in any place of any pack file ends in
problems with file and line, never an exception (issue 12, class 1)."""
from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.content.check import format_report
from kiosk.content.database import build_database, read_fingerprint
from kiosk.content.pack import ERROR, key_lines, load_pack, pack_files
from kiosk.paths import CONTENT_PACK, PICTOGRAMS
from tests.helpers import toml_values

FILES = [p.relative_to(CONTENT_PACK).as_posix() for p in pack_files(CONTENT_PACK)]
PARSED = {name: tomllib.loads((CONTENT_PACK / name).read_text(encoding="utf-8")) for name in FILES}


@pytest.fixture(scope="module")
def scratch_pack():
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "pack"
        shutil.copytree(CONTENT_PACK, target)
        yield target


def test_the_toml_writer_round_trips():
    for name, document in PARSED.items():
        assert tomllib.loads(toml_values.dumps(document)) == document, name


@st.composite
def mutations(draw):
    """(file, key path, new value): an existing key or a new one, anywhere in a file."""
    name = draw(st.sampled_from(FILES))
    paths = toml_values.paths_in(PARSED[name])
    path = draw(st.sampled_from(paths)) if paths and draw(st.booleans()) else ()
    if not path or draw(st.integers(0, 4)) == 0:  # a new key beside (or inside) it
        parent = path[:-1] if path else ()
        target = PARSED[name]
        for part in parent:
            target = target[part]
        if isinstance(target, dict):
            path = parent + (draw(st.sampled_from(["text", "kind", "order", "number", "x",
                                                   "languages", "ka", "en", "reviewed"])),)
    return name, path, draw(toml_values.values)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutation=mutations())
def test_any_value_anywhere_gives_problems_never_an_exception(scratch_pack, mutation):
    name, path, value = mutation
    document = toml_values.replaced(PARSED[name], path, value) if path else PARSED[name]
    target = scratch_pack / name
    text = toml_values.dumps(document)
    target.write_text(text, encoding="utf-8")
    try:
        pack = load_pack(scratch_pack, PICTOGRAMS)
        report = format_report(pack, ("ka", "en"))  # never raises either
    finally:
        shutil.copy2(CONTENT_PACK / name, target)
    assert report.splitlines()[-1] in ("OK", "FAILED")
    for problem in pack.problems:
        assert "\n" not in str(problem)
    # A problem about the changed key points at a line of the changed file.
    key = str(path[-1]) if path else ""
    for problem in pack.errors:
        if problem.file == name and key and f"{key} must be" in problem.message:
            assert problem.line is not None and 1 <= problem.line <= text.count("\n") + 1


@pytest.mark.parametrize("name, key, value, expected", [
    ("topics/need-go-home.toml", "related", "need-medical", "related must be a list of ids"),
    ("topics/need-go-home.toml", "order", {"a": 1}, "order must be a whole number"),
    ("topics/need-go-home.toml", "order", 10**12, "order must be a whole number"),
    ("topics/need-go-home.toml", "order", True, "order must be a whole number"),
    ("topics/need-go-home.toml", "text", 5, "'text' must be a table of languages"),
    ("topics/need-go-home.toml", "kind", ["need"], "kind must be one of"),
    ("offices/poti.toml", "latitude", float("nan"), "latitude must be empty or a number"),
    ("offices/poti.toml", "services", [1, 2], "services must be a list of ids"),
    ("offices/poti.toml", "central", "yes", "central must be true or false"),
    ("pack.toml", "languages", [["ka"]], "languages must be a non-empty list"),
    ("pack.toml", "languages", "ka", "languages must be a non-empty list"),
    ("pack.toml", "version", 5, "version must be dot-separated numbers"),
    ("emergency.toml", "number", 112, "number must be [[...]] tables"),
    ("emergency.toml", "number", [1, 2], "number must be [[...]] tables"),
])
def test_wrong_shapes_are_one_problem_with_file_and_line(pack_copy, name, key, value, expected):
    document = toml_values.replaced(PARSED[name], (key,), value)
    text = toml_values.dumps(document)
    (pack_copy / name).write_text(text, encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    matching = [p for p in pack.errors if p.file == name and expected in p.message]
    assert len(matching) == 1, [str(p) for p in pack.errors]
    assert text.splitlines()[matching[0].line - 1].startswith((f'"{key}" =', f'["{key}"'))


def test_a_nested_wrong_shape_points_at_its_own_line(pack_copy):
    path = pack_copy / "emergency.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('[number.text.en]\nreviewed = false\nlabel = "Emergency: police, ambulance, fire"',
                        '[number.text.en]\nreviewed = false\nlabel = ["Emergency"]', 1)
    path.write_text(text, encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    [problem] = [p for p in pack.errors if p.file == "emergency.toml"]
    assert "label must be text" in problem.message
    assert text.splitlines()[problem.line - 1] == 'label = ["Emergency"]'


def test_key_lines_follow_tables_arrays_and_skip_multiline_strings():
    text = ('a = 1\nbody = """\nb = 2\n[x]\n"""\n[t]\nc = 3\n[[n]]\nid = "x"\n[[n]]\nid = "y"\n'
            '[n.text.en]\nlabel = "z"\n')
    lines = key_lines(text)
    assert lines[("a",)] == 1 and ("b",) not in lines and ("x",) not in lines
    assert lines[("t", "c")] == 7
    assert lines[("n", 1, "id")] == 11
    assert lines[("n", 1, "text", "en", "label")] == 13


def test_the_extremes_a_shape_accepts_still_build(pack_copy, tmp_path):
    """Checked before use: what the shapes let through, the database takes."""
    topic = pack_copy / "topics" / "need-go-home.toml"
    topic.write_text(topic.read_text(encoding="utf-8").replace("order = ", "order = -1000000 #", 1),
                     encoding="utf-8")
    office = pack_copy / "offices" / "poti.toml"
    office.write_text(office.read_text(encoding="utf-8")
                      .replace('latitude = ""', "latitude = -90").replace('longitude = ""', "longitude = 180.0"),
                      encoding="utf-8")
    pack = load_pack(pack_copy, PICTOGRAMS)
    assert pack.errors == []
    url = f"sqlite:///{tmp_path / 'content.db'}"
    build_database(pack, url)
    assert read_fingerprint(url) == pack.fingerprint


def test_content_check_prints_no_traceback_on_any_shape(pack_copy):
    from kiosk.cli import main

    (pack_copy / "topics" / "need-go-home.toml").write_text('kind = 5\n[text]\nka = [1]\n',
                                                             encoding="utf-8")
    (pack_copy / "pack.toml").write_text((pack_copy / "pack.toml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["content", "check", str(pack_copy)])
    assert code == 1
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert "topics/need-go-home.toml:1: kind must be one of" in out.getvalue()


@pytest.mark.parametrize("make", [Path.mkdir, lambda path: os.mkfifo(path)])
def test_a_folder_or_pipe_named_like_a_pack_file_is_a_problem(pack_copy, make):
    make(pack_copy / "topics" / "odd.toml")  # a pipe would block a reader for ever
    pack = load_pack(pack_copy, PICTOGRAMS)
    assert [str(p) for p in pack.errors] == ["topics/odd.toml: is not a file"]
    assert ERROR == pack.errors[0].severity


def test_a_kiosk_starting_on_a_wrong_shape_keeps_serving_the_old_database(pack_copy, tmp_path,
                                                                         built_database):
    from kiosk.content.database import ensure_database, sqlite_path

    url = f"sqlite:///{tmp_path / 'content.db'}"
    shutil.copyfile(sqlite_path(built_database), sqlite_path(url))
    before = read_fingerprint(url)
    (pack_copy / "offices" / "poti.toml").write_text("order = [1, 2]\nservices = 5\n",
                                                     encoding="utf-8")
    result = ensure_database(pack_copy, url)
    assert result.action == "kept" and result.serving
    assert any(str(p).startswith("offices/poti.toml:1: order must be") for p in result.problems)
    assert read_fingerprint(url) == before
