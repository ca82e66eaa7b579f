"""Corrections that stick: the user's fixes to quotes and speakers, applied on every load."""

from __future__ import annotations

import json
import os

import pytest

from tui import corrections as corr
from tui.cli import main

A1 = ("Budget row\n"
      "“We will not back down,” said Gordon Brown, the chancellor.\n"
      "“The plan is sound,” Brown added.\n"
      "Critics called it a “raid on pensions”.\n"
      "“It will pass,” said Sir Ian Blair.\n")
A2 = ("Tax plans\n"
      "“It is a mistake,” said Vince Cable.\n"
      "“Nobody believes it,” Cable said.\n"
      "“It will fail,” said Tony Blair.\n"
      "“Rates stay,” said Brown.\n")


@pytest.fixture
def library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a1.txt").write_text(A1, encoding="utf-8")
    (lib / "a2.txt").write_text(A2, encoding="utf-8")
    return lib


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def quotes(capsys, lib, *more) -> dict[str, dict]:
    """Every quote of the library by its words, as ``pressroom quotes --format json`` gives it."""
    rc, out, _err = run(capsys, "quotes", "--format", "json", "--no-cache", "--kinds", "all", *more, str(lib))
    assert rc == 0
    return {q["text"]: q for art in json.loads(out) for q in art["quotes"]}


def speakers(capsys, lib, *more) -> dict[str, dict]:
    rc, out, _err = run(capsys, "speakers", "--format", "json", "--no-cache", "--kinds", "all", *more, str(lib))
    assert rc == 0
    return {s["name"]: s for s in json.loads(out)}


def fix_of(q: dict, article: str, **change) -> corr.QuoteFix:
    return corr.QuoteFix(article, q["start"], q["end"], q["text"], q["kind"], **change)


def save(*fixes) -> None:
    c = corr.load()
    for f in fixes:
        c.add(f)
    c.save()


def test_no_file_no_corrections(capsys, library):
    assert not corr.load()
    qs = quotes(capsys, library)
    assert not any(q["corrected"] for q in qs.values())


def test_reassign_to_a_library_speaker_shows_in_the_cli(capsys, library):
    q = quotes(capsys, library)["The plan is sound,"]
    assert q["speaker"] == "Gordon Brown"
    save(fix_of(q, "a1", speaker="Vince Cable"))
    q = quotes(capsys, library)["The plan is sound,"]
    assert (q["speaker"], q["speaker_id"], q["corrected"], q["rule"]) == ("Vince Cable", "vince-cable", True, "corrected")
    assert q["mention"] is None  # the words at the cue named someone else
    sp = speakers(capsys, library)
    assert sp["Vince Cable"]["quotes"] == 3
    assert [a["id"] for a in sp["Vince Cable"]["articles"]] == ["a1", "a2"]  # library order
    assert sp["Gordon Brown"]["quotes"] == 2
    # search knows the new speaker too
    rc, out, _ = run(capsys, "search", "plan sound", "--speaker", "Vince Cable", "--no-cache", str(library))
    assert rc == 0 and "plan is sound" in out and "Vince Cable" in out
    # the parser's word alone, when asked for
    assert quotes(capsys, library, "--no-corrections")["The plan is sound,"]["speaker"] == "Gordon Brown"


def test_reassign_to_a_new_name_makes_a_speaker(capsys, library):
    q = quotes(capsys, library)["It will fail,"]
    save(fix_of(q, "a2", speaker="Cherie Blair"))
    q = quotes(capsys, library)["It will fail,"]
    assert q["speaker"] == "Cherie Blair"
    sp = speakers(capsys, library)
    assert sp["Cherie Blair"]["corrected"] is True and sp["Cherie Blair"]["quotes"] == 1
    assert "Tony Blair" not in sp  # no quote names him any more


def test_not_a_quote_and_kind(capsys, library):
    qs = quotes(capsys, library)
    save(fix_of(qs["raid on pensions"], "a1", not_a_quote=True),
         fix_of(qs["It will pass,"], "a1", kind="mixed"))
    qs = quotes(capsys, library)
    assert (qs["raid on pensions"]["kind"], qs["raid on pensions"]["speaker"]) == ("scare", None)
    assert qs["It will pass,"]["kind"] == "mixed" and qs["It will pass,"]["speaker"] == "Ian Blair"
    default = quotes(capsys, library, "--kinds", "direct,mixed")
    assert "raid on pensions" not in default
    assert "Critics" not in speakers(capsys, library)


def test_rename_and_rename_onto_a_name_merges(capsys, library):
    save(corr.SpeakerFix("rename", "Critics", "Labour critics"))
    sp = speakers(capsys, library)
    assert "Critics" not in sp and sp["Labour critics"]["corrected"] is True
    assert quotes(capsys, library)["raid on pensions"]["speaker"] == "Labour critics"
    save(corr.SpeakerFix("rename", "Ian Blair", "Tony Blair"))
    sp = speakers(capsys, library)
    assert "Ian Blair" not in sp and sp["Tony Blair"]["quotes"] == 2
    assert "Ian Blair" in sp["Tony Blair"]["aliases"]


def test_merge_two_speakers(capsys, library):
    save(corr.SpeakerFix("merge", "Ian Blair", "Tony Blair"))
    sp = speakers(capsys, library)
    assert "Ian Blair" not in sp
    tony = sp["Tony Blair"]
    assert tony["quotes"] == 2 and [a["id"] for a in tony["articles"]] == ["a1", "a2"]
    assert {"Ian Blair", "Sir Ian Blair"} <= set(tony["aliases"])
    assert quotes(capsys, library)["It will pass,"]["speaker"] == "Tony Blair"


def test_split_an_alias_off(capsys, library):
    sp = speakers(capsys, library)
    assert sp["Gordon Brown"]["quotes"] == 3 and "Brown" in sp["Gordon Brown"]["aliases"]
    save(corr.SpeakerFix("split", "Brown", "Gordon Brown"))
    qs = quotes(capsys, library)
    # the article that names only "Brown" is someone else's; beside "Gordon Brown", "Brown" is him
    assert qs["Rates stay,"]["speaker"] == "Brown"
    assert qs["The plan is sound,"]["speaker"] == "Gordon Brown"
    sp = speakers(capsys, library)
    assert sp["Gordon Brown"]["quotes"] == 2 and "Brown" not in sp["Gordon Brown"]["aliases"]
    assert sp["Brown"]["quotes"] == 1


def test_split_a_full_name_alias_moves_the_quotes_it_names(capsys, library, tmp_path):
    # "Sir Ian Blair" taken as Tony Blair in an article that names both
    (library / "a3.txt").write_text("Police row\n“We act,” said Tony Blair.\n“Crime is down,” said Sir Ian Blair.\n",
                                    encoding="utf-8")
    save(corr.SpeakerFix("merge", "Ian Blair", "Tony Blair"))
    sp = speakers(capsys, library)
    assert "Sir Ian Blair" in sp["Tony Blair"]["aliases"]
    save(corr.SpeakerFix("split", "Sir Ian Blair", "Tony Blair"))
    qs = quotes(capsys, library)
    assert qs["We act,"]["speaker"] == "Tony Blair"
    assert qs["It will pass,"]["speaker"] == "Sir Ian Blair"


def test_corrections_survive_a_moved_quote_and_a_changed_span(capsys, library):
    qs = quotes(capsys, library)
    q = qs["The plan is sound,"]
    # the user corrected a span a little longer than the parser now takes
    wider = corr.QuoteFix("a1", q["start"] - 1, q["end"] + 1, "“The plan is sound,”", "direct", speaker="Vince Cable")
    save(wider, fix_of(qs["It will pass,"], "a1", kind="mixed"))
    # and the file was edited above both quotes: every offset moved
    (library / "a1.txt").write_text(A1.replace("Budget row\n", "Budget row\nA new first paragraph.\n"), encoding="utf-8")
    qs = quotes(capsys, library)
    assert qs["The plan is sound,"]["speaker"] == "Vince Cable"
    assert qs["It will pass,"]["kind"] == "mixed"
    rc, out, _ = run(capsys, "check", "--no-cache", str(library))
    assert "correction" not in out


def test_a_correction_whose_quote_is_gone_is_reported_by_check(capsys, library):
    q = quotes(capsys, library)["The plan is sound,"]
    save(fix_of(q, "a1", speaker="Vince Cable"))
    (library / "a1.txt").write_text(A1.replace("“The plan is sound,” Brown added.\n", ""), encoding="utf-8")
    rc, out, _ = run(capsys, "check", "--no-cache", str(library))
    path = os.environ["PRESSROOM_CORRECTIONS"]
    (line,) = [ln for ln in out.splitlines() if "correction" in ln]
    assert line.startswith(f"pressroom: {path}:") and "a1 [" in line and "The plan is sound" in line
    assert "no longer found" in line and "warning" in line
    assert rc == 0  # a warning: the library still loads
    # and every other command says so too, on stderr
    rc, _out, err = run(capsys, "quotes", "--no-cache", str(library))
    assert rc == 0 and "no longer found" in err


def test_a_speaker_correction_that_names_no_one_is_reported(capsys, library):
    save(corr.SpeakerFix("merge", "Nobody Here", "Tony Blair"))
    _rc, out, _ = run(capsys, "check", "--no-cache", str(library))
    assert "no speaker is called 'Nobody Here'" in out


def test_articles_outside_the_library_and_reported_speech_are_not_orphans(capsys, library):
    save(corr.QuoteFix("elsewhere", 1, 5, "word", "direct", speaker="X"),
         corr.QuoteFix("a1", 1, 5, "Budg", "indirect", speaker="X"))
    rc, out, _ = run(capsys, "quotes", "--no-cache", "--format", "json", str(library))
    assert rc == 0
    rc, out, err = run(capsys, "speakers", "--no-cache", str(library))
    assert "correction" not in err
    # with reported speech, the correction of reported speech is looked for (and here not found)
    _rc, out, _ = run(capsys, "check", "--no-cache", str(library))
    assert "a1 [1:5]" in out and "elsewhere" not in out


def test_the_file_round_trips_and_is_readable(library):
    fixes = [corr.QuoteFix("a1", 12, 34, "We will “not” back: down,", "direct", speaker="Ed Balls"),
             corr.QuoteFix("a1", 40, 50, "x", "mixed", kind="direct"),
             corr.QuoteFix("a1", 60, 70, "y", "direct", not_a_quote=True),
             corr.SpeakerFix("rename", "Critics", "Labour critics", article="a1"),
             corr.SpeakerFix("merge", "Cable", "Vince Cable"),
             corr.SpeakerFix("split", "Sir Ian Blair", "Tony Blair")]
    save(*fixes)
    text = corr.default_path().read_text(encoding="utf-8")
    assert text.startswith("# Pressroom corrections")
    assert "rename: Critics\n  to: Labour critics\n" in text
    again = corr.load()
    assert not again.problems
    assert [f.record() for f in again.fixes] == [f.record() for f in fixes]
    assert [f.line for f in again.fixes] == sorted(f.line for f in again.fixes)


@pytest.mark.parametrize("body, where, why", [
    ("- quote: {article: a1, span: [1, 2]\n", 2, "not valid YAML"),
    ("quotes: 1\n", 1, "a list of entries"),
])
def test_a_broken_file_is_one_line_and_nothing_applies(capsys, library, body, where, why):
    path = corr.default_path()
    path.write_text(body, encoding="utf-8")
    c = corr.load()
    (p,) = c.problems
    assert p.path == str(path) and p.line == where and why in p.message
    assert not c.writable
    with pytest.raises(corr.CorrectionsError):
        c.save()
    assert path.read_text(encoding="utf-8") == body  # never written over
    rc, out, err = run(capsys, "quotes", "--no-cache", "--format", "json", str(library))
    assert rc == 0 and json.loads(out) and f"{path}:{where}" in err


def test_a_bad_entry_is_a_warning_and_the_others_apply(capsys, library):
    q = quotes(capsys, library)["It will fail,"]
    path = corr.default_path()
    path.write_text("- rename: Critics\n"  # no "to:"
                    "- quote: {article: a2, span: [%d, %d], text: \"It will fail,\"}\n  speaker: Cherie Blair\n"
                    "- quote: {article: a2, span: [5, 1], text: x}\n  kind: direct\n"
                    "- quote: {article: a2, span: [1, 5], text: x}\n  kind: shouted\n" % (q["start"], q["end"]),
                    encoding="utf-8")
    c = corr.load()
    assert [(p.line, p.severity) for p in c.problems] == [(1, "warning"), (4, "warning"), (6, "warning")]
    assert c.writable
    assert quotes(capsys, library)["It will fail,"]["speaker"] == "Cherie Blair"


def test_an_ambiguous_speaker_name_asks_for_the_article(capsys, library):
    (library / "a3.txt").write_text("Other row\nCritics called it a “tax on jobs”.\n", encoding="utf-8")
    save(corr.SpeakerFix("rename", "Critics", "Tory critics"))
    _rc, out, _ = run(capsys, "check", "--no-cache", str(library))
    assert "2 speakers are called 'Critics'; article: says which" in out
    save(corr.SpeakerFix("rename", "Critics", "Labour critics", article="a3"))
    qs = quotes(capsys, library)
    assert qs["tax on jobs"]["speaker"] == "Labour critics" and qs["raid on pensions"]["speaker"] == "Critics"
