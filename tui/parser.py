"""From an article to its quotes and speakers (ingest -> attribution -> here)."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator

from .attribution import Attribution, Doc, attribute
from .attribution.phrases import split_title
from .content import Lexicon, load_lexicon
from .grammar import NAME_VERBS, POSSESSIVE_ENDINGS
from .model import Article, Document, Problem, Quote, Span, Speaker, quote_id
from .speakers import Resolver, clean_role, normalize_name, slug

#: a capitalised name (with an optional honorific) followed by a verb-like word,
#: matched only at sentence starts (see sentence_subjects)
_SUBJECT_AT = re.compile(
    r"(?:(?:As|When|While|After|Before|Although|Though|Once|Since) )?"  # "As Clinton told the Daily News, …"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z]\.)?(?: [A-Z][a-z'\u2019-]+){0,2})"
    r"(?= (?:[a-z]+ed|[a-z]+s|has|had|was|is|will|would|said|told|says)\b)"
)
#: after a one-word subject, a verb that only someone does ("Manning says", not "Opinion is")
SPEAKING = frozenset(("said", "says", "told"))
#: where a sentence starts: after its end (and a closing quotation mark: '…productive." Federer dropped')
_SENTENCE_GAP = re.compile(r"[.!?][\"\u201d\u2019']? (?=[A-Z])|\n(?=[A-Z])")
#: what follows a capitalised word when it is no name: a plural noun, then a verb
_PLURAL_THEN_VERB = re.compile(r" (?!says |has |is |was )[a-z]+s (?:are|were|have|had|will|would|can|could|may|might|must|should|do|did)\b")




_NEXT_WORD = re.compile(r" ([a-z]+)")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


#: a whole word: a run of letters and digits (``str.isalnum``)
_ALNUM_RUN = re.compile(r"[^\W_]+")
#: a whole word after one or more spaces that follow a letter, a digit or a
#: comma: inside a sentence (a run of spaces is tried once, from its start)
_INSIDE_WORD = re.compile(r"(?:(?<=[^\W_])|(?<=,)) +([^\W_]+)")
#: a capitalised word after a space: where a surname can stand (see full_names)
_CAPITAL_AFTER_SPACE = re.compile(r"(?<= )[A-Z][^\W_]*")
#: the rest of a word, or the next word, from where a window would end
_TO_WORD_END = re.compile(r"[\W_]*[^\W_]*")


def _windows(text: str, size: int = 1 << 16) -> Iterator[tuple[int, int]]:
    """``text`` as consecutive stretches of about ``size`` characters, each
    ending at the end of a word (so the next starts with what follows it): a
    pattern run over them one at a time finds what it finds over the whole
    text, without a list of every word at once."""
    pos, n = 0, len(text)
    while pos < n:
        end = n if pos + size >= n else _TO_WORD_END.match(text, pos + size).end()
        yield pos, end
        pos = end
#: how many searches of the whole text a lookup makes (``str.find``: half a
#: nanosecond a character) before the text is read once into a table instead
#: (a regular expression over every word: about 80 searches' worth); either
#: way the work per article is linear in its length
FIND_BUDGET = 100


def _word_at(text: str, word: str):
    """Offsets where ``word`` stands in ``text`` as a whole word (case as given)."""
    n = len(word)
    pos = text.find(word)
    while pos >= 0:
        if (pos == 0 or not text[pos - 1].isalnum()) and (pos + n >= len(text) or not text[pos + n].isalnum()):
            yield pos
        pos = text.find(word, pos + 1)


class _Words:
    """Whole words of an article: whether one stands in the text as written,
    and whether it stands inside a sentence, after a space that follows a
    word or a comma ("Theresa May", "said May"), where only a name keeps its
    capital. The first FIND_BUDGET questions search the text; after that it
    is read once (asking the whole text about each name made long articles
    quadratic)."""

    __slots__ = ("text", "_asked", "_all", "_inside")

    def __init__(self, text: str):
        self.text = text
        self._asked = 0
        self._all: set[str] | None = None
        self._inside: set[str] | None = None

    def _table(self) -> bool:
        if self._all is None:
            self._asked += 1
            if self._asked <= FIND_BUDGET:
                return False
            text = self.text
            self._all, self._inside = set(), set()
            for lo, hi in _windows(text):
                self._all.update(_ALNUM_RUN.findall(text, lo, hi))
                self._inside.update(_INSIDE_WORD.findall(text, lo, hi))
        return True

    def has(self, word: str) -> bool:
        """Does ``word`` stand in the text as a whole word (case as given)?"""
        if self._table():
            return word in self._all  # type: ignore[operator]
        return next(_word_at(self.text, word), None) is not None

    def named_inside(self, word: str) -> bool:
        """Does capitalised ``word`` stand inside a sentence somewhere?"""
        if self._table():
            return word in self._inside  # type: ignore[operator]
        text = self.text
        for pos in _word_at(text, word):
            if _inside_sentence(text, pos):
                return True
        return False


def _inside_sentence(text: str, pos: int) -> bool:
    """Do one or more spaces before ``pos`` follow a letter, digit or comma?"""
    k = pos - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < pos - 1 and k >= 0 and (text[k].isalnum() or text[k] == ",")


def sentence_subjects(article: Article, doc: Doc) -> list[tuple[int, str]]:
    """People named at the start of a sentence and followed by a verb
    (``Trump attacked …``): pronoun antecedents even if never quoted."""
    out = []
    text = article.text
    words = _Words(text)
    starts = [0, *(g.end() for g in _SENTENCE_GAP.finditer(text))]
    for pos in starts:
        m = _SUBJECT_AT.match(text, pos)
        if m is None:
            continue
        if pos >= 2 and text[pos - 2] == "." and text[max(0, pos - 8) : pos - 2].split()[-1:] and \
                text[max(0, pos - 8) : pos - 2].split()[-1].lstrip("(") in doc.lex.honorifics:
            continue  # "Mrs. Lane": no new sentence after the honorific's full stop
        name = m.group(1)
        if _PLURAL_THEN_VERB.match(text, m.end(1)):
            continue  # "Mobile phones are …", "Bigger sites have …": an adjective and a plural noun
        first = name.split()[0].rstrip(".")
        lead = name.split()[0].lower()
        if (lead in doc.lex.clause_breakers or lead in doc.lex.not_names or lead in doc.lex.front_words
                or first.lower() in doc.lex.pronouns):
            continue  # "The ministers said", "But officials …": not a person's name
        low = name.lower()
        if (low in doc.lex.person_nouns or low.removesuffix("s") in doc.lex.person_nouns
                or low in doc.lex.time_words or low in doc.lex.between_words):
            continue  # "Officials said", "Experts say", "Monday was"
        if " " not in name and not words.named_inside(name) and _next_word(text, m.end(1)) not in SPEAKING:
            # "Traditionally, …", "Policy is …", "Opinion is divided": one capitalised word opening
            # a sentence that the article never capitalises inside one is a common word, no name
            # (but "May" in an article about Theresa May, and "Manning says …": someone speaking)
            continue
        if " " not in name and low.endswith("ing") and (
                (nxt := _next_word(text, m.end(1))) not in doc.lex.verb_forms and nxt not in NAME_VERBS):
            continue  # "Boring presentations …", "Opening ceremonies …" (but "Manning says")
        _title, bare = split_title(doc, name)  # "Chancellor Gordon Brown" -> "Gordon Brown"
        if first in doc.lex.honorifics and not bare.startswith(first):
            bare = name  # "Mrs. Lane" keeps what tells the pronouns her gender
        out.append((m.end(1) - len(bare), bare))
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'\u2019-]*|[A-Z]\.")


def _name_word(w: str) -> bool:
    """A capitalised word or an initial ("Hillary", "B.")."""
    return len(w) > 1 and w[0].isupper() and _NAME_WORD.fullmatch(w) is not None


_EXPANSION_WORD = re.compile(r"(?:[A-Z][\w.'\u2019&-]*|of|for|to|the|and|on|in)$")


#: " (KCNA)": where an article gives an acronym, the text before spells it out
_PARENTHESIS = re.compile(r" \((?=([^()]{2,6})\))")


def _first_parentheses(text: str) -> dict[str, int]:
    """Where each short parenthesis first stands (`` (AROS)``), from one reading of the text."""
    first: dict[str, int] = {}
    for m in _PARENTHESIS.finditer(text):
        first.setdefault(m.group(1), m.start())
    return first


def _expansion(text: str, acronym: str, parentheses: dict[str, int] | None) -> str | None:
    """The name an article spells out before ``(ACRONYM)``: capitalised words
    and the small words between them, read back from the parenthesis (found
    in ``parentheses``, the table of :func:`_first_parentheses`, when given)."""
    if parentheses is not None and "(" not in acronym and ")" not in acronym:
        pos = parentheses.get(acronym, -1)
    else:
        pos = text.find(f" ({acronym})")
    if pos < 0:
        return None
    lo = max(0, pos - 120, text.rfind("\n", max(0, pos - 121), pos) + 1)  # (within its paragraph)
    words = text[lo:pos].split()
    name: list[str] = []
    while words and len(name) < 9 and _EXPANSION_WORD.match(words[-1]):
        name.insert(0, words.pop())
    poss = max((i for i, w in enumerate(name) if w.endswith(("'s", "\u2019s"))), default=-1)
    name = name[poss + 1 :]  # "North Korea’s Korean Central News Agency (KCNA)": the agency
    while name and not name[0][0].isupper():
        name.pop(0)
    if name and name[0] == "The":
        name.pop(0)
    return " ".join(name) if len(name) >= 2 else None


class _Surnames:
    """Where a name word stands after a space and ends a word ("Clinton" in
    "Hillary Clinton,"): the first few names by searching the text, then from
    one reading of its capitalised words (a search per name made long
    articles quadratic)."""

    __slots__ = ("text", "_asked", "_table")

    def __init__(self, text: str):
        self.text = text
        self._asked = 0
        self._table: dict[str, array] | None = None

    def of(self, surname: str) -> list[int]:
        """Offsets of ``surname`` (a name word: a capital first) in the text."""
        text = self.text
        n = len(surname)
        self._asked += 1
        if self._table is None and self._asked <= FIND_BUDGET // 4:  # (the table is cheap: capitalised words only)
            out = []
            pos = text.find(surname)
            while pos >= 0:
                if pos > 1 and text[pos - 1] == " " and not (pos + n < len(text) and text[pos + n].isalnum()):
                    out.append(pos)
                pos = text.find(surname, pos + n)
            return out
        if self._table is None:
            self._table = {}
            for m in _CAPITAL_AFTER_SPACE.finditer(text, 2):
                at = self._table.get(m.group())
                if at is None:
                    at = self._table[m.group()] = array("I")
                at.append(m.start())
        first = _ALNUM_RUN.match(surname)
        if first is None:
            return []
        return [p for p in self._table.get(first.group(), ())
                if text.startswith(surname, p) and not (p + n < len(text) and text[p + n].isalnum())]


def _word_start(text: str, hi: int) -> int:
    """Where the word that ends at ``hi`` starts (after a space or a line
    break: a paragraph's first word is "Tim" in "…start\nTim Henman"),
    looking back at most 25 characters."""
    lo = max(0, hi - 25)
    return max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi)) + 1


def full_names(article: Article, doc: Doc):
    """A lookup from a bare surname to the one full name the article gives
    it (``Clinton`` -> ``Bill Clinton``), or None when it gives none or
    several (``Donald Trump`` and ``Eric Trump``)."""
    lex = doc.lex
    text = article.text
    cache: dict[str, str | None] = {}
    parentheses: dict[str, int] | None = None
    acronyms = 0
    places = _Surnames(text)
    # the headline's end: a name there counts only when the text gives none ("Classy Henman makes
    # winning start" above "Tim Henman opened …": a headline's epithet is no given name)
    headline_end = next((p.start for p in article.paragraphs if not p.headline), 0) if article.paragraphs else 0

    def lookup(surname: str) -> str | None:
        if surname in cache:
            return cache[surname]
        if " " in surname:
            cache[surname] = _knight(text, surname)
            return cache[surname]
        if surname.isupper() and 2 <= len(surname) <= 6:
            nonlocal parentheses, acronyms
            acronyms += 1
            if parentheses is None and acronyms > FIND_BUDGET:
                parentheses = _first_parentheses(text)  # many acronyms: read the text once, not once each
            cache[surname] = _expansion(text, surname, parentheses)  # "Alliance to Reclaim Our Schools (AROS)" for AROS
            return cache[surname]
        names: dict[str, str] = {}
        in_headline: dict[str, str] = {}
        for pos in places.of(surname) if _name_word(surname) else ():
            # only where a capitalised word comes right before the surname ("said Clinton" is skipped at once)
            if text[_word_start(text, pos - 1)].isupper():
                words = [surname]
                hi = pos - 1
                while len(words) < 4:  # walk back over capitalised words
                    lo = _word_start(text, hi)
                    w = text[lo:hi]
                    if (lo == 0 and hi > 25) or not _name_word(w) or w.lower() in lex.time_words:
                        break  # ("On Wednesday Mr Straw": the day is no part of the name)
                    words.insert(0, w)
                    if w.rstrip(".") in lex.honorifics:
                        break  # an honorific opens the name
                    hi = lo - 1
                    if hi <= 0 or text[hi] == "\n":  # (a paragraph opens it, too)
                        break
                cut = next((k for k in range(len(words) - 2, 0, -1) if words[k].rstrip(".") in lex.honorifics
                            or words[k] in lex.title_heads or words[k].lower() in lex.person_nouns), None)
                if cut is not None:
                    words = words[cut + 1 :]  # "New York Congressman Pete King": the name after the title
                while words and (words[0].rstrip(".") in lex.honorifics or words[0] in lex.title_heads
                                 or words[0].lower() in lex.not_names or words[0].lower() in lex.front_words
                                 or words[0].lower() in lex.person_nouns or words[0].endswith(POSSESSIVE_ENDINGS)):
                    words = words[1:]  # "President Bill Clinton", "Mrs. Hillary Clinton", "Britain's Kathy Butler"
                if len(words) >= 2 and not any(w in lex.org_keywords for w in words):
                    bare = " ".join(words)
                    (in_headline if pos < headline_end else names).setdefault(normalize_name(bare), bare)
        names = names or in_headline
        cache[surname] = next(iter(names.values())) if len(names) == 1 else None
        return cache[surname]

    return lookup


#: a surname after a knight's or a dame's given name ("Sir Paul McCartney")
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z][\w\u2019'-]*?)(?:['\u2019]s)?\b(?![\w\u2019'-])")


def _knight(text: str, addressed: str) -> str | None:
    """``Sir Paul`` -> ``Paul McCartney``: the one surname the text gives
    after the honorific and the given name (None when none or several)."""
    given = addressed.split(" ", 1)[1]
    found = set()
    pos = text.find(addressed + " ")
    while pos >= 0 and len(found) < 2:
        m = _SURNAME_AFTER.match(text, pos + len(addressed))
        if m is not None:
            found.add(m.group(1))
        pos = text.find(addressed + " ", pos + 1)
    return f"{given} {found.pop()}" if len(found) == 1 else None


def description_scope(article_id: str) -> str:
    """What ends the id of a speaker known only by a description in article
    ``article_id`` ("spokesman@bbc-business-001"): a description ("the
    spokesman", "the report") is a different source in each article, so the
    library never merges two of them; a name is one speaker everywhere."""
    return "@" + slug(article_id)


def local_id(ent, scope: str) -> str:
    return slug(ent.name) + scope if ent.description else slug(ent.name)


def parse_article(article: Article, lexicon: Lexicon | None = None, reported: bool = True) -> Document:
    """Find every quotation in ``article`` and who said it.

    Speakers in the returned document are local to the article (their ids
    are name slugs); :class:`tui.index.Index` merges them across articles.
    """
    lex = lexicon or load_lexicon()
    doc = Doc(lex, article)
    attributions = attribute(doc, reported=reported)
    resolver = Resolver(lex, lambda: sentence_subjects(article, doc), full_names(article, doc))
    paras = article.paragraphs
    resolved: list[tuple[Attribution, object, str]] = []
    for att in attributions:
        ent, how = None, ""
        m = att.mention
        if m is not None and m.antecedent is not None:
            a = m.antecedent  # a pronoun whose antecedent the attribution found in its sentence
            ent, _how = resolver.resolve(a.text, a.form, a.role, a.start, a.acronym)
            how = "pronoun"
        elif m is not None:
            ent, how = resolver.resolve(m.text, m.form, m.role, m.start, m.acronym)
            if att.rule.family in ("paragraph", "continuation"):
                how = att.rule.family
        resolved.append((att, ent, how))

    quotes: list[Quote] = []
    counts: dict[int, int] = {}
    scope = description_scope(article.id)
    for n, (att, ent, how) in enumerate(resolved, 1):
        r = att.region
        m = att.mention
        speaker_id = local_id(ent, scope) if ent is not None else None
        if ent is not None:
            counts[id(ent)] = counts.get(id(ent), 0) + 1
        quotes.append(
            Quote(
                id=quote_id(article.id, n),
                article_id=article.id,
                start=r.start,
                end=r.end,
                text=article.text[r.start : r.end],
                kind=att.kind,
                paragraphs=(paras[r.first_para].index,) if r.first_para == r.last_para
                else tuple(paras[i].index for i in range(r.first_para, r.last_para + 1)),
                speaker_id=speaker_id,
                mention=(m.surface or m.text) if m is not None else None,
                mention_span=Span(m.start, m.end) if m is not None else None,
                cue=article.text[att.cue[0] : att.cue[1]] if att.cue else None,
                cue_span=Span(*att.cue) if att.cue else None,
                resolution=how or None,
                role=(clean_role(m.role, lex) if m is not None else None) or (ent.roles[0] if ent is not None and ent.roles else None),
                rule=att.rule._value_,  # (the value, without the enum's property call per quote)
            )
        )
    speakers = []
    seen: set[str] = set()
    for ent in resolver.entities:
        sid = local_id(ent, scope)
        if sid in seen:
            continue
        seen.add(sid)
        c = counts.get(id(ent), 0)
        speakers.append(
            Speaker(
                id=sid,
                name=ent.name,
                kind=ent.kind,
                roles=tuple(ent.roles),
                aliases=tuple(a for a in ent.aliases if normalize_name(a) != normalize_name(ent.name)),
                articles=((article.id, c),) if c else (),
                article_roles=((article.id, ent.roles[0]),) if ent.roles else (),
                quote_count=c,
            )
        )
    notes = []
    if doc.unread_quotes:
        notes.append(Problem(article.path, f"more than {doc.most:,} quotations in one article: "
                                           f"{doc.unread_quotes:,} past them are read as plain text", None, "warning"))
    elif doc.unread_reports:
        notes.append(Problem(article.path, f"more than {doc.most:,} quotations and reports in one article: "
                                           "the reported speech past them is not read", None, "warning"))
    return Document(article, tuple(quotes), tuple(speakers), tuple(notes))
