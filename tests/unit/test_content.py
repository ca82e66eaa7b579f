"""The YAML lexicons: packaged, extensible, checked."""

import pytest

from tui.content import ContentError, load_lexicon, read_tree
from tui.paths import content_dir


def test_packaged_lexicons_load():
    lex = load_lexicon()
    assert lex.verb_forms["said"] == "say" and lex.verb_forms["tweeted"] == "tweet"
    assert lex.org_aliases["foreign ministry"] == "Ministry of Foreign Affairs"
    assert "on" in lex.clause_breakers and "No" in lex.abbreviations


def test_user_folder_extends_the_lexicons(tmp_path, monkeypatch):
    (tmp_path / "speech_verbs.yaml").write_text("verbs: [harrumph]\n")
    (tmp_path / "organisations.yaml").write_text("aliases:\n  Acme Corporation: [Acme]\n")
    monkeypatch.setenv("PRESSROOM_CONTENT", str(tmp_path))
    lex = load_lexicon()
    assert lex.verb_forms["harrumphed"] == "harrumph"
    assert lex.verb_forms["said"] == "say"  # extended, not replaced
    assert lex.org_aliases["acme"] == "Acme Corporation"


def test_user_verb_is_used_by_the_parser(tmp_path, monkeypatch):
    from tests.conftest import quotes_of

    (tmp_path / "speech_verbs.yaml").write_text("verbs: [harrumph]\n")
    monkeypatch.setenv("PRESSROOM_CONTENT", str(tmp_path))
    doc = quotes_of("“Nonsense,” Smith harrumphed.")
    assert doc.speakers and doc.speakers[0].name == "Smith"


def test_bare_yaml_booleans_are_refused_with_the_file(tmp_path):
    (tmp_path / "language.yaml").write_text("clause_breakers: [in, on, at]\n")
    with pytest.raises(ContentError, match=r"language.yaml: clause_breakers: item True is not text"):
        read_tree((tmp_path,))


def test_invalid_yaml_names_file_and_line(tmp_path):
    (tmp_path / "roles.yaml").write_text("titles: [a, b\nother: 1\n")
    with pytest.raises(ContentError, match=r"roles.yaml:\d+: invalid YAML"):
        read_tree((tmp_path,))


def test_content_has_the_design_card_files():
    names = {p.name for p in content_dir().glob("*.yaml")}
    assert {"speech_verbs.yaml", "roles.yaml", "organisations.yaml", "pronouns.yaml", "defaults.yaml"} <= names
