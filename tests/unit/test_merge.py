"""The library merge (tui.merge): its passes on speakers as articles give them."""

from tui.merge import LocalSpeaker, merge_speakers
from tui.model import ORGANISATION as ORG, PERSON


def local(sid, name, article, count=1, kind=PERSON, roles=()):
    return LocalSpeaker(sid, name, kind, tuple(roles), (), article, count)


def test_middle_names_and_a_bare_surname_join_the_one_full_name_they_fit():
    speakers, remap = merge_speakers([
        local("hillary-clinton", "Hillary Clinton", "a", 2, roles=["Secretary of State"]),
        local("hillary-rodham-clinton", "Hillary Rodham Clinton", "b"),
        local("clinton", "Clinton", "c", 3),
    ], {"a": 0, "b": 1, "c": 2})
    assert list(speakers) == ["hillary-clinton"]
    sp = speakers["hillary-clinton"]
    assert sp.quote_count == 6 and [a for a, _ in sp.articles] == ["a", "b", "c"]
    assert set(sp.aliases) == {"Hillary Rodham Clinton", "Clinton"}
    assert remap == {"hillary-rodham-clinton": "hillary-clinton", "clinton": "hillary-clinton"}


def test_a_surname_two_people_share_stays_apart_unless_one_dominates():
    two = [local("tony-blair", "Tony Blair", "a", 2), local("cherie-blair", "Cherie Blair", "b", 2),
           local("blair", "Blair", "c")]
    speakers, remap = merge_speakers(two, {"a": 0, "b": 1, "c": 2})
    assert "blair" in speakers and not remap
    many = [local("tony-blair", "Tony Blair", "a", 8), *two[1:]]
    speakers, remap = merge_speakers(many, {"a": 0, "b": 1, "c": 2})
    assert remap == {"blair": "tony-blair"}


def test_one_id_across_articles_is_one_speaker_and_the_unquoted_are_left_out():
    speakers, _ = merge_speakers([
        local("the-ministry", "Ministry", "b", kind=ORG, roles=["ministry"]),
        local("the-ministry", "Foreign Ministry", "a", kind=ORG),
        local("bystander", "Jo Bystander", "a", 0),
    ], {"a": 0, "b": 1})
    assert list(speakers) == ["the-ministry"]
    sp = speakers["the-ministry"]
    assert sp.name == "Foreign Ministry" and sp.aliases == ("Ministry",)
    assert [a for a, _ in sp.articles] == ["a", "b"]  # in library order


def test_a_description_is_a_different_source_in_each_article_and_a_name_the_same(tmp_path):
    from tui.library import build_index

    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    for name, art in (("a", "Rates rose"), ("b", "Rates fell")):
        (one / f"{name}.txt").write_text(
            f"{art}\n“We are watching closely,” a spokesman said.\n“It is a fair deal,” said Ann Lee.\n", encoding="utf-8")
    # the same article id from a second folder: renamed "a~2", its spokesman is still its own
    (two / "a.txt").write_text("Rates held\n“No comment,” a spokesman said.\n", encoding="utf-8")
    index = build_index([one, two])
    spokesmen = [s for s in index.speakers.values() if s.name == "spokesman"]
    assert sorted(a for s in spokesmen for a, _n in s.articles) == ["a", "a~2", "b"]
    assert all(len(s.articles) == 1 for s in spokesmen) and len({s.id for s in spokesmen}) == 3
    (lee,) = [s for s in index.speakers.values() if s.name == "Ann Lee"]
    assert lee.quote_count == 2 and len(lee.articles) == 2
    for art in index.articles:  # each quote points at its own article's spokesman
        for q in index.quotes_of(art.id):
            sp = index.speaker(q.speaker_id)
            assert sp is not None and all(a == art.id for a, _n in sp.articles) or sp.name == "Ann Lee"


def test_a_description_never_joins_a_full_name_as_if_it_were_a_surname():
    speakers, remap = merge_speakers([
        local("scottish-executive", "The Scottish Executive", "a", 2),
        local("executive@b", "executive", "b"),
    ], {"a": 0, "b": 1})
    assert set(speakers) == {"scottish-executive", "executive@b"} and not remap


def test_a_name_that_ends_with_another_persons_full_name_is_that_person():
    speakers, remap = merge_speakers([
        local("ken-clarke", "Ken Clarke", "a", 2),
        local("tories-ken-clarke", "Tories Ken Clarke", "b", 5),
        local("norman-baker", "Norman Baker", "c"),
        local("lib-dem-norman-baker", "Lib Dem Norman Baker", "d"),
        local("fellow-lib-dem-norman-baker", "Fellow Lib Dem Norman Baker", "e"),
        local("clarke@f", "clarke", "f"),  # a description of one article is no one's name
    ], {a: i for i, a in enumerate("abcdef")})
    assert set(speakers) == {"ken-clarke", "norman-baker", "clarke@f"}
    assert speakers["ken-clarke"].quote_count == 7 and "Tories Ken Clarke" in speakers["ken-clarke"].aliases
    assert speakers["norman-baker"].quote_count == 3


def test_a_peer_joins_only_a_full_name_addressed_as_a_peer():
    def peer(sid, name, article, aliases, count=1):
        return LocalSpeaker(sid, name, PERSON, (), tuple(aliases), article, count)

    order = {"a": 0, "b": 1, "c": 2, "d": 3}
    # "Lord Browne" of BP is no Des Browne, whom the library calls Mr Browne
    speakers, remap = merge_speakers([peer("des-browne", "Des Browne", "a", ["Mr Browne"], 3),
                                      peer("browne", "Browne", "b", ["Lord Browne"])], order)
    assert set(speakers) == {"des-browne", "browne"} and not remap
    # "Lord Goldsmith" is Peter Goldsmith, whom another article calls Lord Goldsmith too
    speakers, remap = merge_speakers([peer("peter-goldsmith", "Peter Goldsmith", "a", ["Lord Goldsmith"], 3),
                                      peer("goldsmith", "Goldsmith", "b", ["Lord Goldsmith"])], order)
    assert remap == {"goldsmith": "peter-goldsmith"}
    # a knight's given name is no one's surname: "Sir Howard" stays apart from Michael Howard
    speakers, remap = merge_speakers([peer("michael-howard", "Michael Howard", "a", ["Mr Howard"], 9),
                                      peer("howard", "Howard", "b", ["Sir Howard"])], order)
    assert not remap
