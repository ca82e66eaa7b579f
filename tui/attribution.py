"""Who said it: attributing quote regions to speakers the way news is written.

The rules, in the order they are tried for each quotation:

1. *Attribution right after the quote*: ``“…,” Jeon said``, ``“…,” said Koo
   Byung-sam, spokesperson for …``, ``“…,” the Foreign Ministry added``.
2. *A cue before the quote in the same sentence*: ``Jeon said, “…”``,
   ``… issued a statement Monday, saying, “…”`` (a participle takes the
   subject of its clause), ``North Korea’s claim that … “…”`` (a speech noun
   takes its possessor), ``according to X``.
3. *An attribution later in the same sentence*: ``… called it “a disaster”
   for the economy, Smith said.``
4. *The paragraph*: a quote with no cue of its own belongs to the speaker of
   an earlier quote in its paragraph (``“A,” Koo said. “B.”``), or, when it
   opens its paragraph, to the speaker of the paragraph before.

Then, with reported speech on (quotes of kind ``indirect``):

5. *Reports without quote marks*: ``X said (that) …``, ``…, X said.``,
   ``A, X said, B`` (two pieces), ``according to X, …``, with the subject's
   whole noun phrase as written (``Most voters in Kent and Essex said``) and
   one content per report (``…, while others said …``).
6. *After a quotation's attribution*: ``“…,” X said, suggesting that …`` and
   ``X said it was “…” and urged …`` report more from the same speaker.

Mentions are then resolved to entities (:mod:`tui.speakers`): pronouns and
descriptions to the entity they refer to, name variants and aliases merged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import itemgetter

from .content import Lexicon
from .model import Article, Paragraph
from .quotes import TRANSCRIPT_LABEL as _TRANSCRIPT_LABEL
from .quotes import Region, find_regions

# Tokens: initials and dotted abbreviations (U.S., E.), words with inner
# hyphens/apostrophes, single punctuation marks.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'\u2019.]\w+)*|[^\w\s]")
_POSSESSIVE = ("'s", "\u2019s")
_ING = re.compile(r"\w+ing$")
_DETERMINERS = frozenset(
    "the a an his her its their our my your this that these those one two three some several many other another each".split()
)
_NP_CONNECTORS = frozenset("of for the de del da di dos das der den ter ten zu van von bin al el la le du and at on".split())
_NAME_CONNECTORS = frozenset("of the de del da di dos das der den ter ten zu van von bin al el la le du y".split())
_INVERSION_BREAK = frozenset(
    "in at on during after before when while as to from with by who which that because about of".split()
)
_AFTER_BREAK = frozenset(
    "in at on during after before when while as to from with by who which that because about and or but "
    "is was are were has had have will would said says told".split()
)
FRONT_WORDS = frozenset(
    "regarding asked speaking following meanwhile however earlier later yesterday today last "
    "according referring responding addressing but and so yet still also then in on at after before "
    "while when if as though although because since during despite with without for from to here there now "
    "today tonight instead indeed again afterward afterwards thus first finally separately similarly likewise "
    "additionally moreover furthermore once even yes no well hours minutes days weeks months years moments "
    "shortly soon outside inside across around amid among behind beyond near throughout within along "
    "under over late any every all both each either neither whatever whenever wherever "
    "alongside besides unlike upon via toward towards rather otherwise therefore hence nonetheless nevertheless".split()
)
_POSSESSIVE_DETS = frozenset("his her its their our my your one this that these those".split())
#: a pronoun's contracted verb: "he’s", "they're", "she'd", "we'll"
_CONTRACTION = re.compile(r"['\u2019](?:s|re|d|ll|ve|m)$", re.I)
#: conjunctions that open a clause whose subject may report something
_CLAUSE_OPENERS = frozenset("though although as while when because since if whereas".split())
_QUANTITY_ADVERBS = frozenset("nearly almost about roughly only just some more fewer over under around".split())
_SUBORDINATORS = frozenset("when while because although though whereas until unless".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_ARTICLES = frozenset("a an the his her its their our my your".split())
_AUXILIARIES = frozenset("will would can could should may might must shall has have had is are was were do does did".split())
_BE_FORMS = frozenset("is are was were be been being am".split())
_PREPOSITIONS = frozenset("of for in on at by with from into about over under".split())
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_DOTTED = re.compile(r"(?:\w+-)?(?:[A-Za-z]\.)+[A-Za-z]")
_POSSESSIVE_LEAD = re.compile(r".*?['\u2019]s\s+(?=[A-Z])")
_OF_AFFILIATION = re.compile(r"(.+?) (of (?:the )?[A-Z].*)$")
_TITLE_LEAD = re.compile(r"(?:['\u2019]s|[sS]['\u2019]|\bon|\bin|\bof|\bfor)$")
#: "Four hours earlier, …": a number and one of these open a time phrase, not a subject
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades moments".split())
#: longer words a title may leave in lower case ("This Week with George Stephanopoulos")
_TITLE_SMALL_WORDS = frozenset("with from into onto over upon than that this".split())
_LOWER_WORD = re.compile(r"[a-z]+")
#: a share of the people asked: "31% of Republicans", "six in 10 voters", "a majority of Democrats"
_RESPONDENTS = re.compile(r"\d|%|\bpercent\b|\b(?:one|two|three|four|five|six|seven|eight|nine) in (?:\d+|ten)\b"
                          r"|\b(?:majority|plurality|minority|half|third|quarter)\b", re.I)
_POLL_NOUNS = frozenset("poll polls survey surveys".split())
#: "it" that refers to nothing: "It seems unfair …", "It is time …"
_EXPLETIVE_IT = re.compile(r" (?:seems|seemed|appears|appeared|is|was|remains|looks|sounds|would be|will be|may be)\b")
_CLAUSE_END = re.compile(r"[,:;.!?\u201c\"]")
_POSSESSED = re.compile(r"(?: [a-z]+)?['\u2019]s\b")  # "The TV| couple's", "Mr Blair|'s"
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_QUANTITIES = frozenset(
    "two three four five six seven eight nine ten all most many some few several both others majority half "
    "third quarter minority plurality".split()
)
#: the longest stretch read as one sentence (see Attributor.sentence_start)
MAX_SENTENCE = 800
#: an article is read for at most this many quotations (and then reports of
#: speech): a real one holds a few hundred; a file of nothing but short quotes
#: would otherwise hold a few records per quote, some 100 times its text, at once
MAX_ATTRIBUTIONS = 100_000
#: the memos of one article's tokens are emptied when they hold more stretches
#: than this (the longest article of real news at hand needs 335): they only
#: spare reading a sentence twice, and kept for a whole
#: long article they would hold its tokens (some 30 times the text) at once
MEMO_LIMIT = 512
#: words after a comma that end an indirect report's content ("…, but …", "…, which …")
_TAIL_BREAKS = frozenset("but which".split())
#: words that may open a sentence before "according to X, …"
_LEAD_WORDS = frozenset("but and yet so still however now also meanwhile indeed instead further moreover".split())
_DASHES = frozenset("-\u2013\u2014")
#: cue verbs that take the hearer as object before the content ("told reporters that …")
_OBJECT_CUES = frozenset("tell warn assure remind inform advise urge ask".split())
_OPENERS = "\u201c\u201e\u00ab\u2018\"'"


class Tok(tuple):
    """A token with its offsets; the derived attributes are computed once.

    A tuple underneath: made in bulk (thousands per article), so creating one
    must be cheap."""

    __slots__ = ()
    text = property(itemgetter(0))
    start = property(itemgetter(1))
    end = property(itemgetter(2))
    lower = property(itemgetter(3))
    is_word = property(itemgetter(4))
    capital = property(itemgetter(5))

    def __new__(cls, text: str, start: int, end: int) -> Tok:
        first = text[0]
        return _tuple_new(cls, (text, start, end, text.lower(), first.isalnum(), first.isupper()))

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


_tuple_new = tuple.__new__


@dataclass(frozen=True, slots=True)
class Mention:
    """Words in the text naming a speaker, with what the parser read in them."""

    start: int
    end: int
    text: str  # the name part (apposition and leading title removed)
    form: str  # "name" | "pronoun" | "description"
    role: str | None = None
    acronym: str | None = None
    #: where the whole noun phrase starts (titles, determiners included)
    np_start: int = -1
    #: the noun phrase as written ("former presidential candidate Herman Cain")
    surface: str = ""
    #: for a pronoun: the subject of its sentence it refers to ("Ban Ki-moon
    #: condemned what he called …"), when the sentence names one before it
    antecedent: Mention | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    region: Region
    kind: str
    mention: Mention | None
    cue: tuple[int, int] | None
    rule: str  # which rule attributed it ("after", "before", "later", "paragraph", "continuation", "")


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    out = []
    append = out.append
    for m in _TOKEN.finditer(text, lo, hi):
        g = m.group()
        first = g[0]
        append(_tuple_new(Tok, (g, m.start(), m.end(), g.lower(), first.isalnum(), first.isupper())))
    return out


class Attributor:
    """Attribution for one article; build one per article (cheap)."""

    def __init__(self, lexicon: Lexicon, article: Article):
        self.lex = lexicon
        self.article = article
        self.text = article.text
        regions = find_regions(article.text, article.paragraphs)
        #: how many quote regions past MAX_ATTRIBUTIONS are left unread (their marks read as text),
        #: and how many reports of speech past it
        self.unread_quotes = max(0, len(regions) - MAX_ATTRIBUTIONS)
        self.unread_reports = 0
        self.regions = regions[:MAX_ATTRIBUTIONS]
        self._in_region = self._region_mask()
        self._region_starts = [sp[0] for sp in self._in_region]
        self._bounds: dict[int, list[int]] = {}
        self._stoks: dict[tuple[int, int], list[Tok]] = {}
        self._touts: dict[tuple[int, int], list[Tok]] = {}
        self._prev: dict[tuple[int, int], tuple[Mention, tuple[int, int]] | None] = {}
        #: tokens of a stretch between two quotations: read after the first
        #: quote and again before the second (never mutated by callers)
        self._spans: dict[tuple[int, int], list[Tok]] = {}
        #: surnames of the names attributed so far (see _quoted_speaker_subject)
        self._quoted_surnames: set[str] = set()
        self._surnames_upto = 0

    # ------------------------------------------------------------------ helpers

    def _bound_memos(self) -> None:
        """Empty the memos when they have grown past MEMO_LIMIT (each holds
        what a pure function returns: emptying one changes no result)."""
        if len(self._spans) + len(self._touts) + len(self._stoks) + len(self._prev) > MEMO_LIMIT:
            self._spans.clear()
            self._touts.clear()
            self._stoks.clear()
            self._prev.clear()
            self._bounds.clear()

    def _region_mask(self) -> list[tuple[int, int]]:
        """Spans (mark to mark, inclusive) of top-level quote regions."""
        spans = []
        for r in self.regions:
            if r.nested:
                continue
            end = (r.close_mark + 1) if r.close_mark is not None else r.end
            spans.append((r.open_mark, end))
        spans.sort()
        return spans

    def _first_region_from(self, pos: int) -> int:
        """Index of the first region that may reach ``pos`` or lie after it
        (binary search: a long paragraph can hold thousands of quotes)."""
        return max(0, bisect.bisect_left(self._region_starts, pos) - 1)

    def _region_containing(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self._region_starts, pos) - 1
        if i >= 0 and self._in_region[i][0] < pos < self._in_region[i][1]:
            return self._in_region[i]
        return None

    def _overlaps_region(self, lo: int, hi: int) -> bool:
        i = self._first_region_from(lo)
        for s, e in self._in_region[i : i + 2]:
            if s < hi and e > lo:
                return True
        return False

    def _next_region_start(self, pos: int) -> int | None:
        i = bisect.bisect_left(self._region_starts, pos)
        return self._region_starts[i] if i < len(self._region_starts) else None

    def _outside(self, lo: int, hi: int, skip: Region | None = None) -> list[tuple[int, int]]:
        """Pieces of [lo, hi) outside every quote region."""
        out = []
        pos = lo
        spans = self._in_region
        for k in range(self._first_region_from(lo), len(spans)):  # no slice: that copies the rest
            s, e = spans[k]
            if e <= pos:
                continue
            if s >= hi:
                break
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < hi:
            out.append((pos, hi))
        return out

    def _toks_outside(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of [lo, hi) outside quotations; memoised, as the rules ask for
        the same stretch before a quote several times.  Callers never mutate them."""
        key = (lo, hi)
        toks = self._touts.get(key)
        if toks is None:
            toks = []
            spans = self._spans
            for s, e in self._outside(lo, hi):
                piece = spans.get((s, e))
                if piece is None:
                    piece = spans[(s, e)] = tokens(self.text, s, e)
                toks.extend(piece)
            self._touts[key] = toks
        return toks

    def is_cue_verb(self, toks: list[Tok], i: int) -> bool:
        t = toks[i]
        low = t.lower
        base = self.lex.verb_forms.get(low)
        if base is None:
            return False
        particle = self.lex.verb_particles.get(base)
        if particle is not None:
            if i + 1 >= len(toks) or toks[i + 1].lower != particle:
                return False
        if low in self.lex.noun_like_forms and i > 0:
            prev = toks[i - 1]
            if prev.lower in _DETERMINERS or prev.lower in _POSSESSIVE or prev.lower.endswith(_POSSESSIVE):
                return False
            if prev.lower in _PREPOSITIONS or (prev.capital and prev.lower.endswith(("an", "ese", "ish")) and low.endswith("s")):
                return False
            if not self._plausible_subject_before(prev, low):
                return False
            if prev.capital and i > 1 and (toks[i - 2].lower in ("a", "an")
                                           or (toks[i - 2].lower in _ARTICLES and not prev.text.endswith("s"))):
                return False  # "a Texas report", "the Senate report": a name used as a modifier ("the Saudis state": a verb)
        if low.endswith("ed") and i > 0:
            prev = toks[i - 1].lower
            if prev in _ARTICLES or (prev.endswith("ly") and i > 1 and toks[i - 2].lower in _ARTICLES):
                return False  # "a swiftly called meeting", "the promised land": an adjective
        if i > 0 and toks[i - 1].lower in _ARTICLES and _ING.match(low):
            return False  # "described the ruling as", "a warning": a noun
        if t.text[0].isupper():
            if i > 0 and toks[i - 1].is_word:
                return False  # a capitalised word mid-sentence is a name ("Ms. Say")
            if i == 0 and (low.endswith("ed") or low == "told"):
                return False  # "Asked whether …, X said": not the speaker's cue
        return True

    def _plausible_subject_before(self, prev: Tok, form: str) -> bool:
        """For a word that is a noun as often as a verb ("states", "call"):
        is the word before it something a verb could follow?"""
        low = prev.lower
        if not prev.is_word:
            return prev.text in (",", ")", "\u2014")
        if (self._pronoun(prev) or low in self.lex.between_words or low in self.lex.person_nouns
                or low in self.lex.org_nouns or low in self.lex.speech_sources):
            return True
        if form.endswith("s") and not form.endswith("ss"):
            return prev.capital
        if prev.capital and not prev.text.endswith("s"):
            # a bare form after a singular name is a noun: "the US state of Texas", "a Washington state delegate"
            return low in ("i", "they", "we", "you")
        return low in ("to", "and", "or", "would", "will", "who", "they", "we", "i", "you") or prev.capital

    # ---------------------------------------------------------- sentence bounds

    def _boundaries(self, para: Paragraph) -> list[int]:
        """Sentence boundaries in ``para`` (offsets where a sentence starts).

        A period inside a quotation ends a sentence only where the quotation
        closes with it (``“… act.” Next``)."""
        cached = self._bounds.get(para.start)
        if cached is not None:
            return cached
        out = []
        for m in _SENT_END.finditer(self.text, para.start, para.end):
            p = m.start()
            inside = self._region_containing(p)
            if inside is not None and not (m.start() < inside[1] <= m.end()):
                continue
            if self._is_abbrev(p):
                continue
            end = m.end()
            while end < para.end and self.text[end].isspace():
                end += 1
            out.append(end)
        self._bounds[para.start] = out
        return out

    def sentence_start(self, para: Paragraph, pos: int) -> int:
        """Start of the sentence containing ``pos``; a run-on "sentence" (a
        file with no punctuation) is cut at MAX_SENTENCE characters so that
        no scan is quadratic in the paragraph's length."""
        bounds = self._boundaries(para)
        i = bisect.bisect_right(bounds, pos)
        start = bounds[i - 1] if i > 0 else para.start
        if pos - start > MAX_SENTENCE:
            cut = self.text.find(" ", pos - MAX_SENTENCE, pos)
            start = cut + 1 if cut >= 0 else pos - MAX_SENTENCE
        return start

    def sentence_end(self, para: Paragraph, pos: int) -> int:
        bounds = self._boundaries(para)
        i = bisect.bisect_right(bounds, pos)
        end = bounds[i] if i < len(bounds) else para.end
        return min(end, pos + MAX_SENTENCE)

    def _is_abbrev(self, dot: int) -> bool:
        if self.text[dot] != ".":
            return False
        m = _WORD_BEFORE.search(self.text[max(0, dot - 12) : dot])
        if not m:
            return False
        word = m.group(1)
        if len(word) == 1 and word.isupper():
            return True  # an initial
        if _DOTTED.fullmatch(word):
            return True  # U.S, N.Y, D-N.Y
        if self.text[dot + 1 : dot + 2] == ")":
            return True  # "(R-Pa.)"
        return word in self.lex.abbreviations or word.rstrip(".") in self.lex.abbreviations

    # ------------------------------------------------------------ noun phrases

    def _skip_between(self, toks: list[Tok], i: int) -> int:
        """Move left over adverbs, auxiliaries and time phrases before a verb."""
        lex = self.lex
        while i >= 0:
            low = toks[i].lower
            if low in lex.time_words or (toks[i].text.isdigit() and i > 0 and toks[i - 1].lower in lex.time_words):
                i -= 1
                while i >= 0 and toks[i].lower in ("on", "last", "this", "late", "early", "next", "that", "each", "every"):
                    i -= 1
                continue
            if toks[i].capital and i > 0 and toks[i].text != "I":
                break  # "…, Will said": a name, not the modal
            if (low.endswith(("n't", "n\u2019t")) and i > 0) or low in lex.between_words or (low.endswith("ly") and toks[i].text.islower() and len(low) > 4
                                            and low not in lex.ly_nouns  # "the rally said"
                                            and not (i > 0 and toks[i - 1].lower in _DETERMINERS)):
                i -= 1
                continue
            break
        return i

    def np_before(self, toks: list[Tok], i: int, lo_tok: int = 0) -> tuple[int, int] | None:
        """Token range [a, b] of the noun phrase ending at token ``i``."""
        lex = self.lex
        if i < lo_tok:
            return None
        pct = toks[i].text == "%" and i > lo_tok and toks[i - 1].text[0].isdigit()
        if not toks[i].is_word and not pct:
            return None
        if self._pronoun(toks[i]):
            return (i, i)
        j = i - 1 if pct else i  # "42% say"
        while j >= lo_tok:
            t = toks[j]
            low = t.lower
            if t.is_word:
                if t.capital and j == lo_tok and j < i and (low in FRONT_WORDS or low.endswith(("ing", "ly"))) \
                        and not (low in _QUANTITY_ADVERBS and (toks[j + 1].lower in _QUANTITIES or _is_number(toks[j + 1].lower))):
                    break  # "Nearly half said": the adverb belongs to the quantity
                if low == "in" and lo_tok < j < i and _is_number(toks[j - 1].lower) and _is_number(toks[j + 1].lower):
                    j -= 1  # "three in five", "four in 10"
                    continue
                if low in ("this", "that") and t.capital and j == lo_tok and j < i:
                    j -= 1  # "That person said": a demonstrative opening the sentence
                    continue
                if (low in _QUANTITY_ADVERBS and j < i and all(x.lower in _QUANTITY_ADVERBS for x in toks[lo_tok:j])
                        and (toks[j + 1].lower in _QUANTITIES or _is_number(toks[j + 1].lower)
                             or toks[j + 1].lower in ("a", "an", "over", "under") or toks[j + 1].text[0].isdigit())):
                    j -= 1  # "About 4 in 10 say", "Just over a quarter say": the adverb belongs to the quantity
                    continue
                if low in lex.clause_breakers and not (low in _NP_CONNECTORS and j < i):
                    # "someone in the audience", "an official at the ministry"
                    if not (low in ("in", "at", "from", "with") and j < i and j > lo_tok
                            and toks[j - 1].lower in lex.person_nouns and not toks[j - 1].capital):
                        if not (t.capital and j == i):
                            break
                if j < i and low not in _DETERMINERS and self._pronoun(t):
                    break
                if (low in lex.verb_forms and j < i and not t.capital and low not in lex.person_nouns
                        and not (low in lex.noun_like_forms and toks[j + 1].lower in lex.person_nouns)):
                    break  # (but "the Virginia state director": a noun modifying the head)
                if (low in _AUXILIARIES or low.endswith(("n't", "n\u2019t"))) and j < i:
                    break  # "Gordon Brown will meet his golden rule", "… doesn't surprise X": a clause, not a noun phrase
                if low.endswith("ed") and not t.capital and j < i and toks[j + 1].lower in _ARTICLES and j > lo_tok:
                    break  # "When PolitiFact examined the senator's statement": a verb and its object
                if low.endswith("ed") and "-" not in low and not t.capital and j < i and j > lo_tok and toks[j - 1].text == ",":
                    break  # "Stewart O'Nan, carried around a note that said": the verb after the subject
                j -= 1
                continue
            if t.text == "." and j > lo_tok and self._is_abbrev(t.start):
                j -= 1
                continue
            if t.text in ("'", "\u2019") and j > lo_tok and toks[j - 1].is_word and toks[j - 1].lower.endswith("s"):
                j -= 1
                continue
            if t.text == "$" and j < i and toks[j + 1].text[0].isdigit():
                j -= 1  # "Fight for $15 organizing director Kendall Fells"
                continue
            if t.text == "/" and lo_tok < j < i and toks[j - 1].capital and toks[j + 1].capital:
                j -= 1  # "a national CNN/ORC poll": two names joined
                continue
            break
        a = j + 1
        # trim leading connectors and prepositions ("carried around| a note")
        while a <= i and (toks[a].lower in ("of", "and", "for", "at", "on")
                          or ((toks[a].lower in _PREPOSITIONS or toks[a].lower == "around")
                              and not (toks[a].lower in _QUANTITY_ADVERBS and self._quantity_at(toks, a + 1, i)))):
            a += 1  # (but "about 4 in 10", "around one quarter", "about a third": a quantity)
        if a > i:
            return None
        for c in range(i - 1, a, -1):
            if toks[c].lower == "and" and toks[c + 1].capital:
                if any(x.lower in _PREPOSITIONS and x.lower not in ("of", "for") for x in toks[a:c]):
                    a = c + 1  # "after a 0-0 tie at Old Trafford and Ancelotti said": the name after "and"
                break
        if a - 3 >= lo_tok and a < i and (a - 3 == lo_tok or not toks[a - 4].is_word) and self._adjective_comma(toks, a - 3):
            a -= 3  # "the bespectacled, 71-year-old diplomat said": adjectives in a row, with a comma
        if i - a > 9:
            a = i - 9
            while a <= i and toks[a].lower in _NP_CONNECTORS:
                a += 1
        return (a, i)

    @staticmethod
    def _quantity_at(toks: list[Tok], k: int, last: int) -> bool:
        """Does a quantity start at ``toks[k]`` ("4", "one quarter", "a third")?"""
        if k > last:
            return False
        low = toks[k].lower
        if low in ("a", "an"):
            return k < last and toks[k + 1].lower in _QUANTITIES
        return toks[k].text[0].isdigit() or low in _QUANTITIES or _is_number(low)

    def _adjective_comma(self, toks: list[Tok], d: int) -> bool:
        """``the tall, gray-haired senator``: an article, an adjective and a comma
        at ``d``, then the rest of the noun phrase in lower case."""
        if d + 3 >= len(toks) or toks[d].lower not in ("the", "a", "an") or toks[d + 2].text != ",":
            return False
        adj, nxt = toks[d + 1], toks[d + 3]
        lex = self.lex
        return (adj.is_word and not adj.capital and adj.lower not in lex.verb_forms and adj.lower not in lex.person_nouns
                and adj.lower not in lex.org_nouns and adj.lower not in lex.clause_breakers
                and nxt.is_word and not nxt.capital and nxt.lower not in _DETERMINERS and nxt.lower not in lex.clause_breakers)

    def np_after(self, toks: list[Tok], i: int) -> tuple[int, int] | None:
        """Token range of the noun phrase starting at token ``i`` (inverted cue)."""
        lex = self.lex
        if i >= len(toks) or not toks[i].is_word:
            return None
        if self._pronoun(toks[i]) and not (
            toks[i].lower in _POSSESSIVE_DETS and i + 1 < len(toks) and toks[i + 1].is_word
            and toks[i + 1].lower not in _AFTER_BREAK
        ):
            return (i, i)
        if (toks[i].lower in _AFTER_BREAK or (toks[i].lower in FRONT_WORDS and toks[i].lower not in _DETERMINERS)) and not (
            toks[i].capital and i > 0 and toks[i - 1].is_word
        ):
            return None
        j = i
        seen_cap = False
        while j < len(toks):
            t = toks[j]
            low = t.lower
            if t.is_word:
                if (low == "to" and j > i and toks[j - 1].text in lex.org_keywords and j + 1 < len(toks)
                        and toks[j + 1].capital):
                    j += 1  # "the Alliance to Reclaim Our Schools", "the Committee to Protect Journalists"
                    continue
                if j > i and (low in _AFTER_BREAK or low.endswith(("n't", "n\u2019t"))):
                    break  # "The final results aren't in"
                if not t.capital:
                    if seen_cap and toks[j - 1].lower.endswith(_POSSESSIVE) and low not in lex.verb_forms:
                        # "China's state-owned investment giant CITIC": the possessor's modifiers, then the head
                        j2 = j
                        while (j2 < len(toks) and j2 - j < 5 and toks[j2].is_word and not toks[j2].capital
                               and toks[j2].lower not in _AFTER_BREAK and toks[j2].lower not in lex.verb_forms):
                            j2 += 1
                        if j2 > j and (j2 >= len(toks) or toks[j2].capital or not toks[j2].is_word):
                            j = j2
                            continue
                    if seen_cap and low not in _NAME_CONNECTORS and low not in lex.person_nouns and low not in lex.org_nouns:
                        # "Former Republican presidential candidate Jeb Bush"
                        j2 = j
                        while (j2 < len(toks) and j2 - j < 4 and toks[j2].is_word and not toks[j2].capital
                               and toks[j2].lower not in _DETERMINERS and toks[j2].lower not in _AFTER_BREAK
                               and not toks[j2].lower.endswith("ed")):  # "Netanyahu rallied supporters"
                            j2 += 1
                        head = toks[j2 - 1].lower
                        ends = j2 >= len(toks) or not toks[j2].is_word or toks[j2].lower in _AFTER_BREAK
                        if (j2 < len(toks) and toks[j2].capital and head in lex.person_nouns) or (
                            ends and (head in lex.person_nouns or head in lex.org_nouns or head in lex.speech_sources)
                            and toks[i].text not in lex.honorifics  # "Ms. Conway met donors"
                        ):
                            j = j2
                            continue
                        break
                    if j > i and (low in lex.verb_forms or low in lex.between_words or low in lex.irregular_past) \
                            and low not in lex.person_nouns and toks[j - 1].lower not in _DETERMINERS:
                        break
                    if (j > i and toks[j - 1].lower not in _DETERMINERS and low not in _NP_CONNECTORS
                            and not (toks[j - 1].lower.endswith("ly") and j - 1 > i and toks[j - 2].lower in _DETERMINERS)
                            and (low.endswith("ed") or (j + 1 < len(toks) and toks[j + 1].lower in _ARTICLES))):
                        break  # "the council issued a statement": a verb, not part of the noun phrase
                elif low not in _DETERMINERS:
                    seen_cap = True  # "The bakery keeps": a sentence's capitalised article names nothing
                j += 1
                continue
            if t.text == "." and self._is_abbrev(t.start):
                j += 1
                continue
            if t.text in ("'", "\u2019") and j > i and toks[j - 1].lower.endswith("s"):
                j += 1
                continue
            if t.text == "," and j == i + 2 and self._adjective_comma(toks, i):
                j += 1  # "the bespectacled, 71-year-old diplomat said"
                continue
            break
        b = j - 1
        while b >= i and toks[b].lower in _NP_CONNECTORS:
            b -= 1
        if b < i:
            return None
        return (i, min(b, i + 10))

    def _apposition_after(self, toks: list[Tok], b: int, limit: int) -> tuple[str | None, int]:
        """``, ROLE,`` after a name: the role text and the token index after it."""
        if b + 1 < limit and toks[b + 1].text == ",":
            k = b + 2
            start = k
            while k < limit and toks[k].text not in (",", ".", ";", ":") and k - start < 25:
                k += 1
            if k > start:
                first = toks[start]
                if first.lower in self.lex.apposition_starters or not first.capital or self._role_like(toks, start, k):
                    role = self.text[toks[start].start : toks[k - 1].end]
                    return role, k
        return None, b + 1

    def _role_like(self, toks: list[Tok], a: int, b: int) -> bool:
        return any(t.lower in self.lex.person_nouns for t in toks[a:b])

    def make_mention(self, toks: list[Tok], a: int, b: int, role: str | None = None) -> Mention | None:
        """Split a noun phrase into title/role and name and classify it."""
        if a < b and toks[a].capital and toks[a].lower in ("said", "says", "added", "adds"):
            a += 1  # "Said Wales assistant coach Scott Johnson: “…”": the inverted cue opens the sentence
        m = self._make_mention(toks, a, b, role)
        if m is None:
            return None
        start = min(toks[a].start, m.start)
        end = max(toks[b].end, m.end)
        if toks[b].text in (")", ",", ".") or m.form == "pronoun":
            end = m.end  # "She’s predicting": the pronoun without its verb
        if start < m.start and self._overlaps_region(start, m.start):
            start = m.start  # the phrase read around a quotation: the mention is the name alone
        elif start < m.start and all(t.lower in self.lex.time_words or t.lower in _PREPOSITIONS
                                     for t in toks[a : b + 1] if t.end <= m.start):
            start = m.start  # "On Wednesday Mr Straw said": the day is no part of the mention
        return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, start, self.text[start:end])

    def _make_mention(self, toks: list[Tok], a: int, b: int, role: str | None = None) -> Mention | None:
        lex = self.lex
        if all(t.lower in _DETERMINERS for t in toks[a : b + 1]) and not (
                a == b and toks[a].lower in lex.person_nouns and toks[a].lower not in lex.pronouns):
            return None  # "The" alone names no one ("Some", "Many" say, as people do)
        if any(t.lower.endswith(("n't", "n\u2019t")) for t in toks[a : b + 1]):
            return None  # "Don't worry if …": a verb, not a name
        if a == b and self._pronoun(toks[a]):
            t = toks[a]
            word = _CONTRACTION.sub("", t.text) if t.lower not in lex.pronouns else t.text
            return Mention(t.start, t.start + len(word), word, "pronoun", role)
        acronym = None
        # "(KCNA)" at the end, "Korean Central News Agency (KCNA)"
        full_stop = b > a and toks[b].text == "." and toks[b - 1].capital
        keep_stop = full_stop and toks[b - 1].text in lex.abbreviations  # "Jr.", not "(according to Nielsen.)"
        if full_stop:
            b -= 1  # "Joseph R. Biden Jr.": the abbreviation's full stop ends no description
        words = toks[a : b + 1]
        first = words[0].lower
        quantity = first in _QUANTITY_ADVERBS and len(words) > 1 and (
            words[1].text[0].isdigit() or words[1].lower in _QUANTITIES or words[1].lower in ("a", "an", "over", "under")
            or _is_number(words[1].lower))  # "around one quarter"
        if ((first in lex.clause_breakers and first not in _DETERMINERS) or (first in FRONT_WORDS and first not in _DETERMINERS)) \
                and not quantity:
            return None
        # find the rightmost capitalised run (the name)
        k = len(words) - 1
        if not words[k].capital:
            # a description: "the official", "a spokesman for the Clinton campaign"
            while len(words) > 1 and self._overlaps_region(words[0].start, words[-1].end):
                words = words[1:]  # read around a quotation: only what follows it
            if not self._description_ok(words):
                return None
            return Mention(words[0].start, words[-1].end, self.text[words[0].start : words[-1].end], "description", role)
        e = k
        while k >= 0 and (
            words[k].capital
            or words[k].text == "."
            or (words[k].lower in _NAME_CONNECTORS and _capital_before(words, k))
            or (words[k].lower == "to" and k > 0 and words[k - 1].text in lex.org_keywords)  # "Alliance to Reclaim …"
            or (words[k].text in ("'", "\u2019") and k > 0 and words[k - 1].lower.endswith("s"))
        ):
            k -= 1
        s = k + 1
        while s <= e and words[s].lower in _NAME_CONNECTORS and not words[s].capital:
            s += 1
        while s < e and (words[s].lower in lex.time_words
                         or (words[s].lower in _PREPOSITIONS and words[s + 1].lower in lex.time_words)):
            s += 1  # "On Wednesday Mr Straw said": the day is no part of the name
        while s < e and self._overlaps_region(words[s].start, words[e].end):
            gap = self.text[words[s].end : words[s + 1].start]
            if len(gap) <= 16 and "," not in gap and len(gap.split()) <= 2 and words[s + 1].capital:
                break  # a nickname inside the name: 'Antonio "LA" Reid'
            s += 1  # 'Rubio "apologized …," Hannity said': two names with a quotation between
        if s > e:
            return None
        pre = words[:s]
        # a leading determiner before a capitalised org name: "the Foreign Ministry"
        if pre and pre[-1].lower == "the":
            pass
        if s == e == 0 and words[0].lower in lex.person_nouns and len(words) == 1:
            # "Officials said", "Aides to Clinton say": a common noun capitalised at the sentence start
            return Mention(words[0].start, words[0].end, words[0].text, "description", role)
        name_start, name_end = words[s].start, words[e].end
        if keep_stop and e == len(words) - 1:
            name_end += 1  # the name keeps its abbreviation: "Biden Jr."
        name = self.text[name_start:name_end]
        # possessive forms at the start ("North Korea's Korean Central News Agency")
        m = _POSSESSIVE_LEAD.match(name)
        if m and self._org_name(name[m.end() :]):
            name_start += m.end()
            name = name[m.end() :]
        title, name = self.split_title(name)
        if title:
            role = role or title
            name_start = name_end - len(name)
        elif pre and not pre[-1].capital and pre[-1].lower in lex.person_nouns:
            # "North Korean leader Kim Jong-un"
            lead = 0
            while lead < len(pre) and pre[lead].lower in _DETERMINERS:
                lead += 1
            if lead < len(pre):
                role = role or self.text[pre[lead].start : pre[-1].end]
        if not name or not name[0].isalnum():
            return None
        return Mention(name_start, name_end, name, "name", role, acronym)

    def _pronoun(self, t: Tok) -> bool:
        """A pronoun, not an all-capitals abbreviation ("US", "IT"); also
        contracted with its verb ("He’s predicting", "they're")."""
        low = t.lower
        if low not in self.lex.pronouns:
            low = _CONTRACTION.sub("", low)
        return low in self.lex.pronouns and (len(t.text) == 1 or not t.text.isupper())

    def _description_ok(self, words: list[Tok]) -> bool:
        """A lowercase noun phrase that can name a speaker ("the official",
        "critics", "a spokesman for the campaign"), not stray words."""
        lex = self.lex
        head = words[-1].lower
        if head == "%" and len(words) <= 4 and words[-2].text[0].isdigit():
            return True  # "42% say", "about 40% said"
        ly_adverb = head.endswith("ly") and head not in lex.ly_nouns and not (
            len(words) > 1 and words[-2].lower in _DETERMINERS)  # "a Clinton ally", "the rally"
        if (not words[-1].is_word or ly_adverb or head in lex.pronouns or head in lex.clause_breakers
                or head in lex.not_speakers):
            return False
        if any(w.lower in lex.person_nouns or w.lower in lex.org_nouns or w.lower in lex.speech_sources for w in words):
            return True
        if head in lex.verb_forms:
            return False
        if head.endswith("ing"):
            return False
        first = words[0].lower
        if head in _QUANTITIES or (head.isdigit() and len(words) > 1):
            return len(words) <= 4  # "two in three said", "most say", "about four in 10"
        if first in _DETERMINERS or words[0].capital or first.rstrip("s") in lex.person_nouns:
            return len(words) <= 8
        return head.endswith("s") and not head.endswith("ss") and len(words) <= 3

    def split_title(self, name: str) -> tuple[str | None, str]:
        """``Secretary of State John Kerry`` -> (``Secretary of State``, ``John Kerry``);
        ``US Senator Jeff Sessions`` -> (``US Senator``, ``Jeff Sessions``);
        ``Stacey Plaskett of the Virgin Islands`` -> (``of the Virgin Islands``, ``Stacey Plaskett``)."""
        affiliation = None
        m = _OF_AFFILIATION.match(name)
        if m and 2 <= len(m.group(1).split()) <= 5 and not self._org_name(m.group(1)):
            # "Shigeo Morioka of the International Longevity Centre": a person of an organisation
            name, affiliation = m.group(1), m.group(2)
        elif self._org_name(name):
            return None, name
        words = name.split()
        heads = self.lex.title_heads
        cut = -1
        for i, w in enumerate(words[:-1]):
            if w in heads or w.rstrip(".") in heads:
                rest = words[i + 1 :]
                if rest[0][:1].isupper() and len(rest) <= 4 and all(r[:1].isupper() or r in _NAME_CONNECTORS for r in rest):
                    cut = i
        if cut >= 0:
            return " ".join(words[: cut + 1]), " ".join(words[cut + 1 :])
        return affiliation, name

    def _org_name(self, name: str) -> bool:
        words = name.replace("\u2019", "'").split()
        return any(w in self.lex.org_keywords for w in words) or name in self.lex.states or name in self.lex.bodies

    # ----------------------------------------------------------------- subjects

    def subject_of_verb(self, toks: list[Tok], v: int, lo_tok: int) -> Mention | None:
        """The speaker named before cue verb ``toks[v]`` (``X said``)."""
        i = self._skip_between(toks, v - 1)
        if i < lo_tok:
            return None
        lex = self.lex
        if (i > lo_tok and toks[i].lower.endswith("ed") and not toks[i].capital
                and (toks[i - 1].lower in lex.speech_sources or toks[i - 1].lower in lex.org_nouns)):
            i -= 1  # "an inspector general's report issued earlier this year reported": the report
        aside = False
        if toks[i].text in _DASHES and i - 1 > lo_tok:
            # "The justice -- who has been in a scuffle with him -- said": skip the aside
            k = next((k for k in range(i - 2, max(lo_tok, i - 40) - 1, -1) if toks[k].text == toks[i].text
                      and not (toks[k - 1].text == toks[i].text if k > lo_tok else False)), None)
            if k is not None and k > lo_tok and toks[k - 1].is_word:
                i = k - 1
                aside = True
        role = None
        if toks[i].text == "," and i > lo_tok and toks[i - 1].text == ")":
            i -= 1  # "Gov. John Kasich (R-OH), said"
        # "Akhil Amar, author of “America's Unwritten Constitution,” put it": the
        # title's comma (inside its marks) closes the apposition
        title_comma = (toks[v].start - toks[i].end > 3 and toks[i].is_word  # a gap: a quotation was left out there
                       and self._comma_inside_quote(toks[i].end, toks[v].start))
        segments = 0
        while segments < 3:
            # "Jeon Ha-kyu, spokesperson for the Ministry of National Defense, said"
            # "Alixandria Lapp, executive director of X, a Democratic super PAC, said"
            # after an aside ("X, the head of Y -- who … -- said") the apposition ends at the first dash
            after_aside = aside and segments == 0
            trailing = toks[i].text == "," or after_aside or (title_comma and segments == 0)
            if not trailing and segments == 0:
                break
            end = i - 1 if toks[i].text == "," else i
            k = end
            while k >= lo_tok and toks[k].text != "," and end - k < 30:
                if toks[k].text in (".", ";", ":") and not self._is_abbrev(toks[k].start):
                    break
                k -= 1
            if k < lo_tok or toks[k].text != ",":
                if trailing and not after_aside:
                    return None
                break
            seg_a, seg_b = k + 1, end
            if seg_a > seg_b:
                return None
            first = toks[seg_a]
            appositive = (first.lower in self.lex.apposition_starters or not first.capital or first.text[0].isdigit()
                          or (first.lower.endswith(_POSSESSIVE) and seg_b > seg_a)  # "China, Pyongyang's only ally, said"
                          or self._role_like(toks, seg_a, seg_b + 1)
                          # "a philanthropist from Monsey, New York, said": the place's region
                          or (seg_b - seg_a < 3 and k > lo_tok + 2 and toks[k - 1].capital
                              and toks[k - 2].text in ("from", "in", "of", "at")
                              and all(x.capital or x.text == "." for x in toks[seg_a : seg_b + 1])
                              and not any(len(x.text) == 1 for x in toks[seg_a : seg_b + 1])))  # "Lawrence B. Cummings": a person
            if not appositive or (not trailing and not (k > lo_tok and toks[k - 1].is_word and toks[k - 1].capital)):
                if after_aside:
                    break
                if trailing and segments == 0 and k > lo_tok:
                    # "the F.B.I. director, James B. Comey, said": the name, the description its role
                    return self._described_name(toks, k, seg_a, seg_b, lo_tok)
                if trailing:
                    return None
                break
            if first.lower not in ("who", "which", "whose"):
                role = self.text[toks[seg_a].start : toks[seg_b].end]
            i = k - 1
            segments += 1
            if i < lo_tok:
                return None
        if toks[i].text == ")":
            k = i - 1
            while k >= lo_tok and toks[k].text != "(":
                k -= 1
            if k < lo_tok:
                return None
            inner = self.text[toks[k].start + 1 : toks[i].start].strip()
            np = self.np_before(toks, k - 1, lo_tok)
            if np is None:
                return None
            m = self.make_mention(toks, *np, role=role)
            if m is not None and inner.isupper() and " " not in inner:
                m = Mention(m.start, m.end, m.text, m.form, m.role, inner)
            elif m is not None and inner and m.form == "name" and role is None:
                # "Ted Cruz (R-Texas)": party and state
                m = Mention(m.start, m.end, m.text, m.form, m.role, None)
            return m
        np = self.np_before(toks, i, lo_tok)
        if np is None:
            return None
        a, b = np
        if a - 2 >= lo_tok and toks[a - 1].text == "," and not toks[a].capital and self._role_head(toks, a, b):
            # "Anthony Anton, president and CEO of the association stated", "Eva Lichtenberg, an
            # Austrian Green member of the European Parliament said": an apposition left open
            np2 = self.np_before(toks, a - 2, lo_tok)
            m2 = self.make_mention(toks, *np2, role=self.text[toks[a].start : toks[b].end]) if np2 is not None else None
            if (m2 is not None and m2.form == "name" and np2[0] == lo_tok
                    and not any(x.lower in self.lex.time_words for x in toks[np2[0] : np2[1] + 1])):
                return m2
        if (a - 3 >= lo_tok and toks[a - 1].lower == "by" and toks[a - 2].lower.endswith("ed")
                and not toks[a - 2].capital and toks[a - 3].is_word):
            # "A Feb. 1 letter from the Legion obtained by The Associated Press warns": the letter
            np2 = self.np_before(toks, a - 3, lo_tok)
            m2 = self.make_mention(toks, *np2, role=role) if np2 is not None else None
            if m2 is not None and m2.form != "pronoun":
                return m2
        if (a - 3 >= lo_tok and toks[a - 1].lower in ("to", "with", "on", "of", "in") and toks[a - 2].is_word
                and not toks[a - 2].capital and toks[a - 2].lower not in self.lex.verb_forms
                and toks[a - 3].lower in self.lex.person_nouns):
            # "a source close to him said", "officials familiar with the talks said": the person, not the object
            head = self.np_before(toks, a - 3, lo_tok)
            m = self.make_mention(toks, *head, role=role) if head is not None else None
            if m is not None:
                return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, m.np_start,
                               self.text[m.np_start : toks[b].end])
        if (b - a <= 2 and a - 2 > lo_tok and toks[a - 1].text == "," and toks[a - 2].capital
                and all(x.capital for x in toks[a : b + 1])):
            # "Stacy Baker of Columbia, South Carolina says": the person, not the region
            np2 = self.np_before(toks, a - 2, lo_tok)
            f = next((k for k in range(np2[0], a - 2) if toks[k].lower in ("of", "from")), None) if np2 else None
            if (np2 is not None and f is not None and f > np2[0]
                    and all(x.capital and x.lower not in FRONT_WORDS and x.lower not in _DETERMINERS
                            for x in toks[np2[0] : f])):
                return self.make_mention(toks, np2[0], a - 2, role=role)
        if toks[a].lower in self.lex.relative_pronouns and a == b and a > lo_tok:
            # "X, who said": the antecedent
            k = a - 1
            if toks[k].text == ",":
                ante = self.np_before(toks, k - 1, lo_tok)
                if ante is not None:
                    return self.make_mention(toks, *ante, role=role)
            elif toks[k].is_word and toks[a].lower == "who":
                ante = self.np_before(toks, k, lo_tok)  # "a retired judge who described it as …"
                if ante is not None:
                    # "the memoirs of a former spymaster who …": who is the person
                    of = max((j for j in range(ante[0] + 1, ante[1]) if toks[j].lower == "of"
                              and toks[j - 1].lower not in self.lex.person_nouns), default=None)
                    if of is not None:
                        ante = (of + 1, ante[1])
                m = self.make_mention(toks, *ante, role=role) if ante is not None else None
                if m is not None and m.form != "pronoun":
                    return self._apposed_name(toks, ante, m, lo_tok) or m
            return self.make_mention(toks, a, b, role=role)
        return self.make_mention(toks, a, b, role=role)

    def _role_head(self, toks: list[Tok], a: int, b: int) -> bool:
        """Does the lower-case phrase ``toks[a..b]`` describe a person: a role
        noun before any ``of``/``for``/``at`` (``president and CEO of …``, ``an
        Austrian Green member of …``)?"""
        if toks[a].lower in self.lex.person_nouns:
            return True
        if toks[a].lower not in ("a", "an", "the"):
            return False
        for x in toks[a + 1 : b + 1]:
            if x.lower in ("of", "for", "at", "with"):
                return False
            if x.lower in self.lex.person_nouns and not x.capital:
                return True
        return False

    def _after_preposition(self, toks: list[Tok], m: Mention) -> bool:
        """Is mention ``m`` the object of a preposition (other than ``with``)?"""
        k = next((k for k, t in enumerate(toks) if t.start == m.np_start), None)
        return k is not None and k > 0 and toks[k - 1].lower in _PREPOSITIONS and toks[k - 1].lower != "with"

    def _comma_inside_quote(self, lo: int, hi: int) -> bool:
        """Does a quotation between ``lo`` and ``hi`` end with a comma inside its marks?"""
        nxt = self._next_region_start(lo)
        if nxt is None or nxt >= hi:
            return False
        span = self._region_containing(nxt + 1)
        if span is None or span[1] > hi:
            return False
        return self.text[span[1] - 2 : span[1] - 1] == ","

    def _described_name(self, toks: list[Tok], comma: int, a: int, b: int, lo_tok: int) -> Mention | None:
        """``DESCRIPTION, NAME,`` before a cue (``the company's chief executive,
        Jeff Weiner, said``): the named person, with the description as role;
        the whole phrase is the mention as written."""
        if not all(x.capital or x.text == "." or x.lower in _NAME_CONNECTORS for x in toks[a : b + 1]):
            return None
        desc = self.np_before(toks, comma - 1, lo_tok)
        if desc is None:
            return None
        if toks[desc[0]].lower in ("as", "like") and desc[0] < desc[1]:
            desc = (desc[0] + 1, desc[1])  # "As the company's chief executive, Jeff Weiner, put it"
        d = self.make_mention(toks, *desc)
        named = self.make_mention(toks, a, b)
        if d is None or named is None or named.form != "name":
            return None
        if desc[0] - 2 >= lo_tok and toks[desc[0] - 1].lower in ("by", "from") and toks[desc[0] - 2].lower in self.lex.speech_sources:
            # "a study by an influential sociologist, Mikhail Dmitriyev, concluded": the study
            head = self.np_before(toks, desc[0] - 2, lo_tok)
            h = self.make_mention(toks, *head) if head is not None else None
            if h is not None and h.form == "description":
                start = toks[head[0]].start
                return Mention(h.start, h.end, h.text, h.form, h.role, h.acronym, start, self.text[start : toks[b].end])
        if d.form != "description" and not any(not x.capital and x.lower in self.lex.person_nouns
                                                for x in toks[desc[0] : desc[1] + 1]):
            return None  # "His former partner at Lenox, Lawrence B. Cummings, said": still a description
        r = desc[0] + 1 if toks[desc[0]].lower in _POSSESSIVE_PRONOUNS and desc[0] < desc[1] else desc[0]
        role = named.role or self.text[toks[r].start : toks[desc[1]].end]
        start = toks[desc[0]].start
        return Mention(named.start, named.end, named.text, "name", role, named.acronym, start,
                       self.text[start : toks[b].end])

    def clause_subject(self, para: Paragraph, pos: int, sent_lo: int, main: bool = False) -> Mention | None:
        """Subject of the clause around ``pos``: after the last ``… that``, or
        the sentence's subject (fronted adverbials such as ``On Monday,``
        skipped); with ``main``, the sentence's subject whatever the clause."""
        toks = self._toks_outside(sent_lo, pos)
        if not toks:
            return None
        start = 0
        if sent_lo == para.start and (dl := _DATELINE.match(self.text, para.start, pos)) is not None:
            # "WASHINGTON — Sen. Chuck Grassley on Wednesday …": the dateline names a place
            start = next((k for k, t in enumerate(toks) if t.start >= dl.end()), len(toks))
        for k in range(len(toks) - 1, start, -1) if not main else ():
            if toks[k].lower == "that" and self.is_cue_verb(toks, k - 1):
                start = k + 1
                break
            if (toks[k].lower in _SUBORDINATORS and k + 1 < len(toks) and not toks[k].capital
                    and toks[k + 1].is_word and not toks[k + 1].lower.endswith(("ed", "ing"))):
                start = k + 1  # "… when a member of the family suggested …": that clause's subject
                break
            if (toks[k].lower in ("but", "and", "yet") and toks[k - 1].text == "," and k + 2 < len(toks)
                    and toks[k + 1].is_word and toks[k + 1].lower not in self.lex.verb_forms
                    and not toks[k + 1].lower.endswith(("ed", "ing")) and toks[k + 1].lower not in self.lex.between_words):
                start = k + 1  # "The results aren't in, but Kasich's campaign is claiming …": the second clause
                break
        # skip fronted adverbial phrases ending with a comma
        k = start
        if (k + 2 < len(toks) and toks[k].capital and toks[k + 1].text == "," and toks[k + 2].is_word
                and toks[k + 2].lower in ("it", "this", "that", "we", "you", "i") and toks[k].lower not in self.lex.pronouns):
            k += 2  # "Wait, it gets better:", "Look, the deal is done": an interjection, not a subject
        if k < len(toks) and not _quantity_lead(toks, k) and (  # ("About 200 protesters congregated, …": the subject)
                not toks[k].capital or toks[k].lower in FRONT_WORDS or self._participle_opener(toks, k)
                or (k + 1 < len(toks) and toks[k + 1].lower in _TIME_UNITS)):  # "Four hours earlier, …"
            # a prepositional opener may be long ("On the eve of his election to a fourth term …,")
            lead = toks[k + 1].lower if toks[k].lower in ("even", "just", "shortly", "long", "only") and k + 1 < len(toks) else toks[k].lower
            reach = 30 if lead in _PREPOSITIONS or lead in ("after", "before", "during", "despite", "since") else 12
            for c in range(k, min(len(toks), k + reach)):
                if toks[c].text == ",":
                    k = c + 1
                    relative = k < len(toks) and toks[k].lower in self.lex.relative_pronouns
                    if (k < len(toks) and toks[k].is_word and not toks[k].capital and toks[k].lower not in _DETERMINERS
                            and (relative or not self._pronoun(toks[k])) and toks[k].lower not in self.lex.person_nouns):
                        # "Following a swiftly called, late-afternoon meeting, the Council …": the phrase goes on
                        # ("Speaking in Dover, which votes Tuesday, Bush …": a relative clause, too)
                        nxt = next((d for d in range(k, min(len(toks), k + (12 if relative else 5))) if not toks[d].is_word), None)
                        if nxt is not None and toks[nxt].text == "," and (relative or not any(
                                x.lower in self.lex.verb_forms or x.lower in self.lex.between_words for x in toks[k:nxt])):
                            k = nxt + 1
                    break
            else:
                if toks[k].lower in _CLAUSE_OPENERS and k + 1 < len(toks) and toks[k + 1].capital:
                    k += 1  # "When Trump later referred to … and said he would “…”": the clause's own subject
            if k + 1 < len(toks) and toks[k].text.isdigit() and toks[k + 1].text == ",":
                k += 2  # "On July 6, 2015, Sanders …"
            # "In Ames, Iowa, on Sunday, Mrs. Clinton …": a place's region, then more adverbials
            for _ in range(2):
                if not (0 < k - 1 < len(toks) and toks[k - 2].capital):
                    break
                nxt = next((c for c in range(k, min(len(toks), k + 6)) if toks[c].text == ","), None)
                if nxt is None or not all(x.capital or x.lower in ("on", "in", "at", "last", "this", "early", "late")
                                          or x.lower in self.lex.time_words or x.text == "."
                                          for x in toks[k:nxt]):
                    break
                k = nxt + 1
        while k < len(toks) and toks[k].lower in ("but", "and", "so", "yet", "also", "still", "however", "even"):
            k += 1
        if k >= len(toks):
            return None
        if k + 1 < len(toks) and not toks[k].capital and self.is_cue_verb(toks, k) and not _ING.match(toks[k].lower):
            k += 1  # "“…,” said a former official who … and described it as “…”": the inverted cue's subject
        if _quantity_lead(toks, k):
            np = self.np_after(toks, k + 1)  # "About 200 protesters": the adverb goes with the number
            np = (k, np[1]) if np is not None else None
        else:
            np = self.np_after(toks, k)
        if np is None:
            return None
        a, b = np
        named = self._name_in_apposition(toks, a, b)
        if named is not None:
            return named
        if a == b and toks[a].lower == "it" and _EXPLETIVE_IT.match(self.text, toks[a].end):
            return None  # "It seems unfair to tell them: “…”": no one is the "it"
        role, _ = self._apposition_after(toks, b, len(toks))
        return self.make_mention(toks, a, b, role=role)

    def _name_in_apposition(self, toks: list[Tok], a: int, b: int) -> Mention | None:
        """``Mr. Trump's campaign chairman, Paul Manafort, dismissed …``: a
        description opening the clause, then the name it describes between
        commas: the named person, the description as role, the phrase as written."""
        if b + 3 >= len(toks) or toks[b + 1].text != "," or not toks[b].is_word or toks[b].capital:
            return None
        c = b + 2
        while c < len(toks) and c - b < 6 and (toks[c].capital or toks[c].text == "."):
            c += 1
        if c == b + 2 or c >= len(toks) or toks[c].text != ",":
            return None
        d = self.make_mention(toks, a, b)
        named = self.make_mention(toks, b + 2, c - 1)
        if d is None or d.form != "description" or named is None or named.form != "name":
            return None
        start = toks[a].start
        return Mention(named.start, named.end, named.text, "name", named.role or d.text, named.acronym, start,
                       self.text[start : toks[c - 1].end])

    # ------------------------------------------------------------- the rules

    def attribution_clause(self, toks: list[Tok], complete: bool = False) -> tuple[Mention, tuple[int, int]] | None:
        """``said X[, ROLE]`` or ``X[, ROLE,] said`` filling a whole clause.

        ``complete``: the quote before it ended its own sentence, so the
        clause must be a bare attribution (``Koo said.``, ``he told CNN on
        Monday``), not a new statement (``Russia insisted that …``)."""
        start = 0
        while start < len(toks) and not toks[start].is_word:
            if toks[start].text not in (",", "\u2014", "\u2013", "-"):
                return None
            start += 1
        if start + 2 < len(toks) and toks[start].lower == "as" and toks[start + 1].is_word:
            start += 1  # "…,” as Cruz said on Monday"
        toks = toks[start:]
        for k in range(min(len(toks), 4)):
            n = self._prep_ending_at(toks, k)
            if n and n == k + 1:
                # "“…”, according to his former chief economic adviser."
                np = self.np_after(toks, k + 1)
                m = self.make_mention(toks, *np) if np is not None else None
                return (m, (toks[0].start, toks[k].end)) if m is not None else None
        for v in range(min(len(toks), 30)):
            t = toks[v]
            if not t.is_word or not self.is_cue_verb(toks, v):
                continue
            if _passive(toks, v):
                return None  # "Clinton was asked about …": passive, its subject is no speaker
            if (complete and v > 0 and toks[v - 1].lower in ("is", "are") and _ING.match(t.lower)
                    and self.lex.verb_forms.get(t.lower) not in ("say", "tell")):
                return None  # "Mr Kruger is continuing in his job": the present, not an attribution
            if v == 0:
                # inverted: "said Koo Byung-sam, spokesperson for ..."
                if _ING.match(t.lower) or t.capital:
                    return None
                np = self.np_after(toks, 1)
                if np is None:
                    return None
                a, b = np
                role, _ = self._apposition_after(toks, b, len(toks))
                m = self.make_mention(toks, a, b, role=role)
                return (m, (t.start, t.end)) if m is not None else None
            i = self._skip_between(toks, v - 1)
            if i < 0:
                return None
            commas = [k for k in range(i + 1) if toks[k].text == ","]
            if commas == [2] and self._adjective_comma(toks, 0):
                commas = []  # "the bespectacled, 71-year-old diplomat said"
            if commas and toks[i].text == ",":
                # "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"
                first = commas[0]
                np = self.np_before(toks, first - 1, 0)
                if (np is not None and np[0] >= 2 and toks[np[0] - 1].lower in ("by", "from")
                        and toks[np[0] - 2].lower in self.lex.speech_sources):
                    head = self.np_before(toks, np[0] - 2, 0)  # "a study by an influential sociologist, X, concluded"
                    if head is not None and head[0] == 0:
                        np = (0, np[1])
                if np is None or np[0] != 0:
                    return None
                role = self.text[toks[first + 1].start : toks[i - 1].end] if i - 1 > first else None
                if role and role.split()[0].lower() in ("who", "which", "whose"):
                    role = None
                m = self._described_name(toks, first, first + 1, i - 1, 0) if len(commas) == 2 and i - 1 > first else None
                m = m or self.make_mention(toks, np[0], np[1], role=role)
            elif not commas:
                m = self.subject_of_verb(toks, v, 0)
                if m is None or m.np_start > toks[0].start:
                    # "a Democratic staffer in the room wondered"
                    m = None
                    np = self.np_after(toks, 0)
                    if np is not None and v - np[1] <= 8 and all(
                        x.is_word and x.lower not in self.lex.verb_forms and x.lower not in ("that", "who", "which")
                        for x in toks[np[1] + 1 : i + 1]
                    ) and (np[1] + 1 > i or toks[np[1] + 1].lower in _PREPOSITIONS):
                        m = self.make_mention(toks, *np)
            elif len(commas) == 1 and commas[0] + 1 < i and not toks[commas[0] + 1].capital \
                    and self._role_head(toks, commas[0] + 1, i):
                # "“…,” Eva Lichtenberg, a member of the European Parliament said": the apposition left open
                np = self.np_before(toks, commas[0] - 1, 0)
                if np is None or np[0] != 0:
                    return None
                m = self.make_mention(toks, *np, role=self.text[toks[commas[0] + 1].start : toks[i].end])
                if m is None or m.form != "name":
                    return None
            else:
                return None
            if m is None:
                return None
            if complete and not self._bare_after_cue(toks, v):
                return None
            return m, (t.start, t.end)
        return None

    def _bare_after_cue(self, toks: list[Tok], v: int) -> bool:
        """Only adjuncts after the cue verb (no complement clause)."""
        rest = toks[v + 1 :]
        if not rest:
            return True
        for t in rest[:14]:
            if t.text == ",":
                break
            if t.lower == "that":
                return False  # "said earlier on Friday during a news conference that he may wait"
        nxt = rest[0]
        if not nxt.is_word:
            return nxt.text in (",", "(", "\u2014", "\u2013", "-", ".", "!", "?", ";")
        low = nxt.lower
        if low == "to":
            # "said to People", "told to reporters"; not "continue to take" (an infinitive)
            after = rest[1] if len(rest) > 1 else None
            return after is not None and (after.capital or after.lower in _DETERMINERS or after.lower in self.lex.pronouns
                                          or after.lower in ("reporters", "supporters", "journalists", "voters"))
        if low in _PREPOSITIONS or low in ("during", "after", "before", "while", "when", "as", "last", "this", "earlier", "later", "again", "then", "recently", "previously", "also", "afterward"):
            return True
        if low in self.lex.time_words or low.endswith("ly"):
            return True
        base = self.lex.verb_forms.get(toks[v].lower)
        if base in ("tell", "ask", "write", "add") and (nxt.capital or low in ("reporters", "the", "a", "an", "supporters", "journalists", "him", "her", "them", "us", "me", "viewers", "listeners", "voters", "his", "their")):
            # "told reporters", "told CNN" - unless a clause follows the object ("told reporters this was …")
            c = self._object_end(toks, v + 1)
            after = toks[c] if c < len(toks) else None
            if after is None or not after.is_word or after.lower in _PREPOSITIONS:
                return True
            return (after.lower in ("during", "after", "before", "last", "this", "earlier", "later")
                    and not (c + 1 < len(toks) and toks[c + 1].lower in _BE_FORMS))  # "told reporters this was …"
        return False

    def _sentence_toks(self, lo: int, para: Paragraph) -> list[Tok]:
        """Tokens from ``lo`` to the end of its sentence, stopping at the next quote
        (asked for twice per quote: after it, and later in its sentence)."""
        key = (lo, para.end)
        cached = self._stoks.get(key)
        if cached is None:
            cached = self._stoks[key] = self._sentence_toks_uncached(lo, para)
        return cached

    def _sentence_toks_uncached(self, lo: int, para: Paragraph) -> list[Tok]:
        hi = para.end
        nxt = self._next_region_start(lo)
        if nxt is not None:
            hi = min(hi, nxt)
        # a sentence boundary bounds the work; the token loop below still
        # stops at a ';' or a sentence end the boundary scan does not see
        end = self.sentence_end(para, lo + 1)
        key = (lo, min(hi, end + 1, lo + 400))
        toks = self._spans.get(key)
        if toks is None:
            toks = self._spans[key] = tokens(self.text, *key)
        for k, t in enumerate(toks):
            if t.text in (".", "!", "?", ";") and k > 0 and not self._is_abbrev(t.start):
                return toks[:k]
        return toks

    def after_quote(self, region: Region, para: Paragraph) -> tuple[Mention, tuple[int, int]] | None:
        """Rule 1: ``“…,” X said`` / ``“…,” said X``."""
        if region.close_mark is None:
            return None
        fragment = (self.text[region.end - 1 : region.end].isalnum()
                    and self.text[region.close_mark + 1 : region.close_mark + 2] == " ")
        complete = self.text[region.end - 1 : region.end] in (".", "!", "?") if region.end > region.start else False
        toks = self._sentence_toks(region.close_mark + 1, para)
        # "“…,” Trump said before adding: “…”": a quotation opening its sentence keeps its cue
        comma = self.text[region.end - 1 : region.end] == ","
        opens = self.sentence_start(para, region.open_mark) >= region.open_mark if comma or fragment else False
        own = comma and opens
        if fragment and opens and not self._fragment(region):
            fragment = False  # "“… a mainstream technology for consumers” said Lee Rainie": a comma left out
        if (complete or (toks and toks[-1].text == ":" and not own)) and self._introduces_next(toks, para):
            return None  # “….” Mrs. Clinton replied, “…”: that cue is for the next quote
        found = self.attribution_clause(toks, complete)
        if found is not None and fragment and toks and found[1][0] == toks[0].start:
            return None  # "the “disheartened” state of the campaign": a word in the sentence, not a cue
        return self._reported_by(toks, found)

    def _reported_by(self, toks: list[Tok], found: tuple[Mention, tuple[int, int]] | None):
        """``“…,” Sanders said, according to CNN``: the source that reports
        the attribution (the news convention the annotators follow)."""
        if found is None:
            return None
        cue_end = found[1][1]
        for k, t in enumerate(toks):
            if t.start < cue_end or not t.is_word:
                continue
            n = self._prep_ending_at(toks, k)
            if n and toks[k - n].text == "," and " ".join(x.lower for x in toks[k - n + 1 : k + 1]) in self.lex.reporting_prepositions:
                np = self.np_after(toks, k + 1)
                m = self.make_mention(toks, *np) if np is not None else None
                if m is not None:
                    return m, (toks[k - n + 1].start, t.end)
            if k > 0 and toks[k - 1].text == "," and not t.capital and self.lex.verb_forms.get(t.lower) in self.lex.outlet_verbs:
                # "“…,” said Kristen Day, reports USA Today": the outlet that reports it, the end of the sentence
                np = self.np_after(toks, k + 1)
                if np is not None and np[1] + 1 >= len(toks):
                    m = self.make_mention(toks, *np)
                    if m is not None and m.form == "name":
                        return m, (t.start, t.end)
        return found

    def _introduces_next(self, toks: list[Tok], para: Paragraph) -> bool:
        if not toks or toks[-1].text not in (",", ":"):
            return False
        nxt = toks[-1].end
        while nxt < para.end and self.text[nxt].isspace():
            nxt += 1
        return nxt < para.end and self.text[nxt] in _OPENERS

    def _prep_ending_at(self, toks: list[Tok], v: int) -> int:
        """Length of a cue preposition (``according to``) whose last word is ``toks[v]``, or 0."""
        if toks[v].lower not in self.lex.cue_preposition_lasts:
            return 0  # the common case, checked first: this runs for every token scanned
        for words in self.lex.cue_preposition_words:
            n = len(words)
            if v + 1 >= n and all(toks[v - n + 1 + i].lower == w for i, w in enumerate(words)):
                return n
        return 0

    def before_quote(self, region: Region, para: Paragraph, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        """Rule 2: the nearest cue before the quote in its sentence."""
        toks = self._toks_outside(sent_lo, region.open_mark)
        for v in range(len(toks) - 1, -1, -1):
            t = toks[v]
            if not t.is_word:
                continue
            low = t.lower
            # "according to X, “…”", "in the words of X"
            n_prep = self._prep_ending_at(toks, v)
            if n_prep:
                np = self.np_after(toks, v + 1)
                if np is not None:
                    m = self.make_mention(toks, *np)
                    if m is not None:
                        return m, (toks[v - n_prep + 1].start, t.end)
                continue
            if low in self.lex.cue_nouns and v > 0:
                prev = toks[v - 1]
                if prev.lower in _POSSESSIVE_PRONOUNS and self._fragment(region):
                    # "Trump stood by his comment that “…”": the possessor, the
                    # subject of the clause when it comes before
                    m = self.clause_subject(para, prev.start, sent_lo)
                    if m is not None and m.form == "name" and m.end <= prev.start and any(
                        x.is_word and not x.capital and x.lower not in _PREPOSITIONS and x.lower != "to"
                        for x in toks if m.end <= x.start < prev.start
                    ):
                        return m, (t.start, t.end)
                if prev.lower.endswith(_POSSESSIVE) or (prev.text in ("'", "\u2019") and v > 1):
                    # "North Korea's claim": possessor
                    end_tok = v - 1
                    name_end = prev.end - 2 if prev.lower.endswith(_POSSESSIVE) else prev.start
                    np = self.np_before(toks, end_tok - (0 if prev.is_word else 1), 0)
                    if np is not None:
                        m = self.make_mention(toks, *np)
                        if m is not None:
                            if m.end > name_end:
                                m = Mention(m.start, name_end, self.text[m.start:name_end], m.form, m.role, m.acronym)
                            outer = self._outer_cue(toks, np[0])
                            # "Politifact ruled that Trump’s statement about “…”": the one who reports the claim
                            return outer if outer is not None else (m, (t.start, t.end))
                if v > 1 and toks[v - 1].lower in ("a", "an", "the", "his", "her", "their", "its") and toks[v - 2].lower == "in":
                    if any(toks[k].is_word and self.is_cue_verb(toks, k) for k in range(v - 3, max(0, v - 6), -1)):
                        continue  # "Mosko wrote in an email", "Baker put it in his memo": the verb before it has the subject
                    m = self.clause_subject(para, toks[v - 2].start, sent_lo)
                    if m is not None:
                        return m, (t.start, t.end)
                continue
            if not self.is_cue_verb(toks, v):
                continue
            if _passive(toks, v) and not (v + 1 < len(toks) and toks[v + 1].lower == "to"):
                # "his salespersons were told, “…”": a passive's subject is who hears it
                # (not "X was reported to have suggested …": X is still the one who says it)
                continue
            if _ING.match(low) and (v == 0 or toks[v - 1].lower not in ("was", "is", "are", "were", "been", "be", "am", "kept", "keeps", "started", "began", "begins", "starts")):
                m = None
                if v >= 2 and toks[v - 1].text == "," and toks[v - 2].is_word and self.is_cue_verb(toks, v - 2):
                    m = self.subject_of_verb(toks, v - 2, 0)  # "Spicer said, adding"
                if m is None and v >= 2 and toks[v - 1].lower == "and":
                    # "with Trump tweeting that it was “…” and asking, “…”": the first participle's subject
                    k = next((k for k in range(v - 2, 0, -1) if _ING.match(toks[k].lower) and self.is_cue_verb(toks, k)), None)
                    if k is not None and toks[self._skip_between(toks, k - 1)].capital:
                        m = self.subject_of_verb(toks, k, 0)
                        if m is not None and m.form != "name":
                            m = None
                j = self._skip_between(toks, v - 1)
                if m is None and j >= 0 and toks[j].is_word and toks[j].capital and j > 0:
                    m = self.subject_of_verb(toks, v, 0)  # "with Trump reportedly yelling"
                    if m is not None and (m.form != "name" or self._after_preposition(toks, m)):
                        m = None  # "responded to the question on Facebook writing": not Facebook
                m = m or self.clause_subject(para, t.start, sent_lo)
                if m is not None:
                    return m, (t.start, t.end)
                continue
            m = self.subject_of_verb(toks, v, 0)
            if m is not None and self._after_preposition(toks, m):
                k = next((k for k, x in enumerate(toks) if x.start == m.np_start), 0)
                if k > 1 and toks[k - 2].lower in ("and", "but"):
                    m = None  # "… first said X, but in a later interview said “…”": the clause's subject
            if m is None and (v > 0 and toks[v - 1].lower in ("and", "but", "then")
                              or (m is None and v > 3 and any(x.lower in ("and", "but") for x in toks[max(0, v - 6) : v]))):
                m = (self._relative_antecedent(toks, v) if toks[v - 1].lower in ("and", "but") else None) \
                    or self.clause_subject(para, t.start, sent_lo)
            if m is None:
                continue
            source = self._according_before(toks, m) if self._fragment(region) else None
            if source is not None:
                return source  # "…, according to Trump, the media would call him a “chicken”": Trump's words
            return m, (t.start, t.end)
        return None

    def _according_before(self, toks: list[Tok], m: Mention) -> tuple[Mention, tuple[int, int]] | None:
        """``according to X,`` standing before subject ``m`` in its clause: the
        sentence is X's account, and a fragment quoted in it X's words."""
        end = next((k for k, x in enumerate(toks) if x.start >= m.np_start), None)
        if end is None:
            return None
        for k in range(end - 1, 0, -1):
            if toks[k].text in (";", ":") or toks[k].lower in ("but", "because", "while", "although"):
                return None
            n = self._prep_ending_at(toks, k)
            if n and " ".join(x.lower for x in toks[k - n + 1 : k + 1]) in self.lex.reporting_prepositions:
                np = self.np_after(toks, k + 1)
                if np is None or np[1] + 1 >= end or toks[np[1] + 1].text != ",":
                    return None
                src = self.make_mention(toks, *np)
                return (src, (toks[k - n + 1].start, toks[k].end)) if src is not None else None
        return None

    def later_in_sentence(self, region: Region, para: Paragraph, bare: bool = False) -> tuple[Mention, tuple[int, int]] | None:
        """Rule 3: ``…, said Smith.`` / ``…, Smith said.`` later in the quote's sentence
        (with ``bare``, only an attribution with nothing reported after its cue)."""
        if region.close_mark is None or self.text[region.end - 1 : region.end] in (".", "!", "?"):
            return None  # the quote ended its sentence
        toks = self._sentence_toks(region.close_mark + 1, para)
        if self._introduces_next(toks, para):
            return None  # "…, Jeon said, “…”": that cue introduces the next quote
        for k, t in enumerate(toks):
            if t.text == ",":
                found = self.attribution_clause(toks[k + 1 :], complete=bare)
                if found is not None:
                    return self._reported_by(toks, found)
        return None

    # ------------------------------------------------------------------ kinds

    def kind_of(self, region: Region, sent_lo: int) -> str:
        """``direct`` if the quote stands as its own sentence or clause,
        ``mixed`` if it is embedded in the writer's sentence."""
        text = self.text
        k = region.open_mark - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        prev = text[k] if k >= 0 else "\n"
        if region.open_mark <= sent_lo or prev in "\n:,.!?;\u2014\u2013(" or text[max(0, k - 1) : k + 1] == "--":
            return "direct"
        return "mixed"

    # ------------------------------------------------------------------- main

    def title_case(self, region: Region, most: int = 7) -> int:
        """How many words a short quote in Title Case has (0 if it is not one):
        ``“The Walking Dead”``, ``“Person of the Year”``, ``“This Week with
        George Stephanopoulos”``, ``“60 Minutes”``."""
        if region.end - region.start > 90 or region.last_para != region.first_para:
            return 0  # titles and subheads are short
        words = _TOKEN.findall(self.text, region.start, region.end)
        words = [w for w in words if w[0].isalnum()]
        if not words or len(words) > most:
            return 0
        small = _TITLE_SMALL_WORDS if len(words) >= 4 else ()  # (“I’m with her” is no title)
        # A short word in lower case must be one a title keeps so ("The Day of
        # the Donald"; "They may not be." is no title), unless the last word is
        # capitalised as a title's always is ("Orange is the New Black").
        short = () if words[-1][0].isupper() and len(words) > 1 else self.lex.title_small_words
        long_words = [w for w in words if (w not in small and (len(w) >= 4 or short and w not in short)) or w[0].isupper()]
        if not all(w[0].isupper() or w[0].isdigit() for w in long_words) or not (
                words[0][0].isupper() or (words[0].isdigit() and len(words) > 1)):
            return 0
        if len(words) == 1 and not words[0].isalpha():
            return 0
        return len(words)

    def is_title(self, region: Region, para: Paragraph) -> bool:
        """Titles of works and programmes, and quoted subheads, are no quotation:
        ``on MSNBC’s “Morning Joe.”``, a paragraph that is only ``‘Coal Isn't the Villain.’``."""
        if self._single_quoted_subhead(region, para):
            return True
        words = self.title_case(region, most=12)
        if not words:
            return False
        end = region.close_mark + 1 if region.close_mark is not None else region.end
        if region.open_mark == para.start and self.text[end:para.end].strip() == "":
            return words <= 7  # a quoted subhead standing alone
        before = self.text[max(para.start, region.open_mark - 24) : region.open_mark].rstrip()
        if _TITLE_LEAD.search(before):
            return True
        # "his 2012 book, “An American Son.”", "a memo titled “The Facts”", "told “Fox and Friends,”"
        word = _LAST_WORD.search(before.rstrip(",:").rstrip())
        return word is not None and word.group(0).lower() in self.lex.title_leads

    def _single_quoted_subhead(self, region: Region, para: Paragraph) -> bool:
        """``‘Relationships that last.’`` or ``– ‘Who cares?’ –`` alone in its
        paragraph, in an article that quotes with double marks: a subhead
        (headline style puts its quotes in single marks), not a quotation."""
        if not region.single or region.close_mark is None or region.last_para != region.first_para:
            return False
        text = self.text
        if (text[para.start : region.open_mark].strip(" \u2013\u2014-")
                or text[region.close_mark + 1 : para.end].strip(" \u2013\u2014-.")):
            return False
        if len(text[region.start : region.end].split()) > 10:
            return False
        return text.count("\u201c") + text.count("\u201d") + text.count('"') >= 2

    def find_speaker(self, region: Region, para: Paragraph, last: Paragraph, sent_lo: int):
        """Apply rules 1-3 in order; a cue that directly introduces the quote
        (``said, “``) wins over an attribution after it."""
        after = self.after_quote(region, last)
        if after is not None and self.text[region.end - 1 : region.end] in (",", "?", "!", "\u2014", "-"):
            return after, "after"
        label = self._dash_label(region, para, sent_lo)
        if label is not None:
            return label, "before"
        before = self.before_quote(region, para, sent_lo)
        if before is not None and self._introduces(before[1][1], region.open_mark):
            return before, "before"
        if after is not None:
            return after, "after"
        # a cue before the quote in its clause beats a new statement later
        # ("Although Reynolds says that Santilli “broke the story,” others
        # argue that …"), not a bare attribution (", Smith said.")
        found = self.later_in_sentence(region, last, bare=before is not None)
        if found is not None:
            return found, "later"
        if before is not None:
            return before, "before"
        lead = self._colon_lead(region, para, sent_lo)
        if lead is not None:
            return lead, "before"
        return None, ""

    def _cue_in_sentence(self, region: Region, para: Paragraph, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        """A quoted fragment in a sentence of reported speech whose cue's
        subject the nearer rules could not read: the clause subject."""
        toks = self._toks_outside(sent_lo, region.open_mark)
        for v in range(len(toks) - 1, -1, -1):
            t = toks[v]
            if t.is_word and self.is_cue_verb(toks, v):
                if _passive(toks, v):
                    return None  # "the book is described on Amazon as a “riveting book”": a passive
                m = (self._relative_antecedent(toks, v) if v > 0 and toks[v - 1].lower in ("and", "but") else None) \
                    or self.clause_subject(para, t.start, sent_lo)
                if m is not None:
                    return m, (t.start, t.end)
                return None
        return None

    def _with_antecedent(self, m: Mention, para: Paragraph) -> Mention:
        """A pronoun inside a sentence whose subject is named before it
        refers to that subject: "Ban Ki-moon condemned what he called …",
        "Trump said he responded: …"."""
        low = m.text.lower()
        if low not in ("he", "she", "they", "it"):
            return m
        sent_lo = self.sentence_start(para, m.start)
        if sent_lo >= m.start:
            return m
        toks = self._toks_outside(sent_lo, m.start)
        if not any(t.is_word for t in toks) and sent_lo > para.start:
            # "…, said Jake Horowitz, editor of Mic.com. “You have …,” he said.":
            # the one the sentence before attributes to, when the pronoun fits
            prev = self.previous_sentence(para, sent_lo)
            if prev is not None and prev[0].form == "name" and self._fits(low, prev[0]):
                return _referring_to(m, prev[0])
            return m
        v = len(toks) - 1 - (len(toks) > 1 and toks[-1].lower == "that")
        if v > 0 and toks[v].is_word and self.is_cue_verb(toks, v):
            # "… but Trump said he responded: “…”": the reporting verb's subject
            ante = self.subject_of_verb(toks, v, 0)
            if ante is not None and ante.form == "name" and self._fits(low, ante):
                return _referring_to(m, ante)
        ante = self.clause_subject(para, m.start, sent_lo, main=True)
        if ante is None or ante.form == "pronoun" or ante.end > m.start:
            return m
        if self._overlaps_region(ante.end, m.start) and not self._colon_quote_between(ante.end, m.start):
            return m
        between = self._toks_outside(ante.end, m.start)
        if not any(t.is_word and not t.capital for t in between):
            return m  # no verb of the subject's own before the pronoun
        if not self._fits(low, ante):
            return m
        return _referring_to(m, ante)

    def _fits(self, pronoun: str, ante: Mention) -> bool:
        """Can ``pronoun`` refer to ``ante`` (person or organisation, an honorific's gender)?"""
        org = self._org_name(ante.text)
        first = (ante.surface or ante.text).split()[0].rstrip(".").lower()
        gender = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}.get(first)
        return not ((pronoun in ("he", "she") and (org or (gender is not None and gender != pronoun)))
                    or (pronoun == "it" and not org))

    def _colon_quote_between(self, lo: int, hi: int) -> bool:
        """``Sen. X scolded him: “…,” she said``: the one quotation between
        ``lo`` and ``hi`` is handed over by a colon, so the pronoun after it
        still has the subject before it."""
        i = self._first_region_from(lo)
        spans = [(s, e) for s, e in self._in_region[i : i + 3] if s < hi and e > lo]
        if len(spans) != 1:
            return False
        if self.text[spans[0][1] : hi].strip(" ,\u2014-").lower() == "as":
            return True  # "Mrs. Clinton pledges to “…,” as she put it"
        return self.text[lo : spans[0][0]].rstrip().endswith(":")

    def _transcript_label(self, region: Region) -> tuple[Mention, tuple[int, int]] | None:
        """A transcript quoted whole: ``"PENCE: Well, …"`` — the speaker's
        label in capitals, then a colon."""
        m = _TRANSCRIPT_LABEL.match(self.text, region.start, region.end)
        if m is None:
            return None
        label = m.group(1)
        words = label.split()
        if len(words) > 3 or label.lower() in self.lex.pronouns:
            return None
        name = " ".join(w.capitalize() if len(w) > 1 else w for w in words)
        s, e = m.span(1)
        return Mention(s, e, name, "name", None, None, s, label), (e, e + 1)

    def _outer_cue(self, toks: list[Tok], upto: int) -> tuple[Mention, tuple[int, int]] | None:
        """A cue verb with its subject before ``toks[upto]`` in the sentence
        (``Comey said on Tuesday that …``), the attribution around a
        possessor's claim."""
        for v in range(upto - 1, 0, -1):
            t = toks[v]
            if t.is_word and not _ING.match(t.lower) and t.lower in self.lex.verb_forms and self.is_cue_verb(toks, v):
                m = self.subject_of_verb(toks, v, 0)
                if m is not None and m.form != "pronoun":
                    return m, (t.start, t.end)
        return None

    def _characterised_as(self, region: Region, para: Paragraph, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        """``Weaver dismissed that suggestion as “disarray”``, ``portrayed him
        as a “generous” executive``: a quoted characterisation after ``as``
        is the words of the clause's subject (not ``known as``, ``such as``)."""
        toks = self._toks_outside(sent_lo, region.open_mark)
        k = len(toks) - 1
        if k >= 0 and toks[k].lower in ("a", "an", "the"):
            k -= 1
        if k < 2 or toks[k].lower != "as":
            return None
        before = toks[k - 1].lower
        if before in ("such", "known", "so", "just", "same", "well", "far", "long", "soon") or not toks[k - 1].is_word:
            return None
        if any(t.lower in _BE_FORMS for t in toks[max(0, k - 4) : k]):
            return None  # "is known as", "was billed as": no one characterises
        # the verb that characterises ("dismissed", "referred to", "summed up"), then its subject
        for v in range(k - 1, max(0, k - 9), -1):
            t = toks[v]
            if t.lower in self.lex.noun_like_forms and not self.is_cue_verb(toks, v):
                continue  # "dismissed criticism of the remarks as …": a noun
            if v > 0 and t.lower.endswith("ed") and (_is_number(toks[v - 1].lower) or toks[v - 1].text[0].isdigit()
                                                       or toks[v - 1].lower in _ARTICLES):
                continue  # "introduced him to the 400 invited guests as …": an adjective
            if t.is_word and not t.capital and (t.lower.endswith("ed") or t.lower in self.lex.belief_forms
                                                or (t.lower in self.lex.verb_forms and self.is_cue_verb(toks, v))):
                if v > 0 and toks[v - 1].lower in _BE_FORMS:
                    return None  # "… is described on Amazon as a “riveting book”": a passive, no one's words
                m = self.subject_of_verb(toks, v, 0)
                if m is not None and t.lower.endswith("ed") and v == k - 1 and not self._someone(m):
                    return None  # "vacations disguised as “fact-finding trips”": a thing, described
                if m is None and v > 0 and toks[v - 1].lower in ("and", "but"):
                    m = self._relative_antecedent(toks, v) or self.clause_subject(para, t.start, sent_lo)
                    # (else "referred to X as … but described Y as “…”": the clause's subject)
                if m is not None and not (m.form == "pronoun" and m.text.lower() in ("it", "this", "that")):
                    return m, (t.start, t.end)
                return None
        return None

    @staticmethod
    def _participle_opener(toks: list[Tok], k: int) -> bool:
        """``Courted by …,`` ``Speaking Tuesday,`` ``Separately,``: a capitalised
        -ing, -ly or -ed word opening a phrase; not a first name such as
        ``Ted`` or ``Fred`` followed by the surname."""
        low = toks[k].lower
        if low.endswith(("ing", "ly")):
            return True
        return low.endswith("ed") and not (k + 1 < len(toks) and toks[k + 1].capital and toks[k + 1].is_word)

    def _poll_source(self, m: Mention | None, sent_lo: int) -> Mention | None:
        """``In a national CNN/ORC poll released Monday, 31% of Republicans said
        …``, ``The Q poll also finds that 37 percent of Americans say …``: the
        respondents speak through the poll the sentence names before them, and
        the poll is the source (the convention of news writing and of its
        annotators)."""
        if m is None or m.form == "pronoun":
            return None
        lo = m.np_start if 0 <= m.np_start < m.start else m.start
        text = self.text
        before = text[sent_lo:lo].lower()
        if ("poll" not in before and "survey" not in before
                or not _RESPONDENTS.search(text, max(sent_lo, lo - 16), m.end)):  # ("31% of| Republicans")
            return None  # (no poll before: the common case, found without a regular expression)
        toks = self._toks_outside(sent_lo, lo)
        k = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].lower in _POLL_NOUNS), None)
        if k is None:
            return None
        np = self.np_before(toks, k, 0)
        poll = self.make_mention(toks, *np) if np is not None else None
        return poll if poll is not None and poll.form != "pronoun" else None

    def _subject_of_passage(self, region: Region, para: Paragraph, sent_lo: int) -> Mention | None:
        """``Sanders credited Clinton's victory to “a closed primary, something I
        am not all that enthusiastic about”``: a passage too long for a scare
        quote, in a sentence with no cue, is the words of the sentence's
        subject when that is a person or an organisation (not ``the plan``,
        and not the subject of a passive: ``is described as``)."""
        if para.headline:
            return None  # a headline's subject is what the quote is about ("Tsunami 'to hit Sri Lanka banks'")
        m = self.clause_subject(para, region.open_mark, sent_lo)
        if (m is None or m.form == "pronoun" or (len(m.text.split()) > 2 and m.text.isupper())
                or _is_number(m.text.lower()) or _POSSESSED.match(self.text, m.end)
                or m.text.endswith(("'s", "\u2019s"))):
            # not "Four of the 1905 All Blacks …", a digest's headline in capitals ("NEW YORK
            # ENDS TAMPON TAX “…”") or a possessor ("The TV couple's interest coined the term “…”")
            return None
        toks = self._toks_outside(m.start, region.open_mark)
        if any(t.lower in _BE_FORMS for t in toks):
            return None  # "The plan would be funded by “…”", "the island was known as “…”"
        return m if self._someone(m) else None

    def _someone(self, m: Mention) -> bool:
        """A name, or a description headed by a person or organisation noun
        (``the officials``, not ``the plan`` or ``vacations``)."""
        if m.form != "description":
            return True
        head = m.text.split()[-1].lower()
        return head in self.lex.person_nouns or head in self.lex.org_nouns

    def _relative_antecedent(self, toks: list[Tok], v: int) -> Mention | None:
        """``… an official who oversaw the inquiries and described it as “…”``:
        a verb coordinated inside a relative clause has who's antecedent as subject."""
        w = next((w for w in range(v - 2, max(0, v - 12), -1) if toks[w].lower in ("who", "which") or toks[w].text == ","), None)
        if w is None or toks[w].lower not in ("who", "which"):
            return None
        ante = self.np_before(toks, w - 1, 0)
        m = self.make_mention(toks, *ante) if ante is not None else None
        if m is None or m.form == "pronoun":
            return None
        return self._apposed_name(toks, ante, m, 0) or m

    def _apposed_name(self, toks: list[Tok], ante: tuple[int, int], m: Mention, lo_tok: int) -> Mention | None:
        """``Braynard, a South Carolina native who writes …``: the name that a
        description (the antecedent of who) stands in apposition to, with the
        description as its role."""
        a, b = ante
        if m.form != "description" or a - 2 < lo_tok or toks[a - 1].text != ",":
            return None
        named = self.np_before(toks, a - 2, lo_tok)
        if named is None or not (named[0] == lo_tok or not toks[named[0] - 1].is_word):
            return None  # only a name that opens its clause
        n = self.make_mention(toks, *named, role=self.text[toks[a].start : toks[b].end])
        return n if n is not None and n.form == "name" else None

    def _fragment(self, region: Region) -> bool:
        """A few words quoted inside the writer's sentence (not a full quotation)."""
        return region.last_para == region.first_para and len(self.text[region.start : region.end].split()) <= self.lex.scare_max_words

    def _introduces(self, cue_end: int, open_mark: int) -> bool:
        between = self.text[cue_end:open_mark]
        words = [w for w in _TOKEN.findall(between) if w[0].isalnum()]
        return len(words) <= 3 and between.rstrip()[-1:] in (",", ":", "") or len(words) == 0

    def _colon_lead(self, region: Region, para: Paragraph, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        """``X has a message for voters: “…”``: the subject of the sentence
        that a colon hands over to the quote (also across a paragraph break)."""
        k = region.open_mark - 1
        while k >= para.start and self.text[k].isspace():
            k -= 1
        if k >= para.start:
            if self.text[k] in ("\u2014", "-") and (self.text[k] == "\u2014" or self.text[k - 1 : k + 1] == "--"):
                dl = _DATELINE.match(self.text, para.start, k + 1) if sent_lo == para.start else None
                if dl is not None and dl.end() > k:
                    return None  # "LOS ANGELES -- “…”": a dateline, not a speaker
                # "Trump also embraced torture -- “I think waterboarding …”": the clause's subject
                m = self.clause_subject(para, k - (self.text[k] == "-"), sent_lo)
                return (m, (k, k + 1)) if m is not None and m.form != "pronoun" else None
            if self.text[k] != ":":
                return None
            toks = self._toks_outside(sent_lo, k)
            if len(toks) > 1 and toks[-2].lower in _BE_FORMS and self.is_cue_verb(toks, len(toks) - 1):
                return None  # "Kevin Donnellon was asked: “…”": someone else asks
            m = self._name_before(sent_lo, k) or self._possessor_of_source(sent_lo, k) or self.clause_subject(para, k, sent_lo)
            return (m, (k, k + 1)) if m is not None else None
        # the quote opens its paragraph: does the previous one end with a colon?
        idx = region.first_para
        if idx == 0:
            return None
        prev = self.article.paragraphs[idx - 1]
        if self.text[prev.end - 1 : prev.end] != ":":
            return None
        lo = self.sentence_start(prev, prev.end - 1)
        m = self._name_before(lo, prev.end - 1) or self.clause_subject(prev, prev.end - 1, lo)
        return (m, (prev.end - 1, prev.end)) if m is not None else None

    def _dash_label(self, region: Region, para: Paragraph, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        """``Pollsters agree - Carl Bialik: “…”``: a name between a dash and the
        colon that opens the quote is who says it (digest and roundup style)."""
        k = region.open_mark - 1
        while k > para.start and self.text[k] == " ":
            k -= 1
        if self.text[k] != ":":
            return None
        d = max(self.text.rfind(" - ", sent_lo, k), self.text.rfind(" \u2014 ", sent_lo, k), self.text.rfind(" -- ", sent_lo, k))
        if d < 0 or k - d > 60:
            return None
        m = self._name_before(self.text.index(" ", d + 1) + 1, k)
        return (m, (k, k + 1)) if m is not None else None

    def _in_question(self, region: Region, sent_lo: int) -> bool:
        """Is the quote inside the ``Asked whether …,`` clause opening its
        sentence (the question put to someone, not their answer)?"""
        if not self.text.startswith("Asked ", sent_lo) or region.close_mark is None:
            return False
        before = self.text[sent_lo : region.open_mark]
        if "," in before or ":" in before:
            return False  # "Asked whether he would run, Smith said, “Never.”", "Asked if …  she said: “…”": the answer
        if self.text[region.end - 1 : region.end] == ",":
            return True
        m = _CLAUSE_END.search(self.text, region.close_mark + 1, region.close_mark + 160)
        return m is not None and m.group() == ","  # the question clause ends with its comma

    def _asked_by(self, region: Region, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        """``Asked by Thrush if Clinton “gets” race, Sharpton …``: the asker's words."""
        toks = self._toks_outside(sent_lo, region.open_mark)
        if len(toks) < 4 or toks[0].lower != "asked" or toks[1].lower != "by":
            return None
        np = self.np_after(toks, 2)
        m = self.make_mention(toks, *np) if np is not None else None
        if m is None or m.form == "pronoun":
            return None
        return m, (toks[0].start, toks[1].end)

    def _possessor_of_source(self, lo: int, colon: int) -> Mention | None:
        """``From Bush's Facebook post: “…”``: whose statement, post or letter
        the colon opens."""
        toks = self._toks_outside(lo, colon)
        if len(toks) < 2 or toks[-1].lower not in self.lex.cue_nouns and toks[-1].lower not in self.lex.speech_sources:
            return None
        for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
            if toks[k].lower.endswith(_POSSESSIVE) and toks[k].capital:
                np = self.np_before(toks, k, 0)
                m = self.make_mention(toks, *np) if np is not None else None
                if m is None or m.form != "name":
                    return None
                end = m.end - 2 if self.text[m.end - 2 : m.end].lower() in _POSSESSIVE else m.end
                return Mention(m.start, end, self.text[m.start : end], m.form, m.role, m.acronym)
            if not toks[k].is_word:
                return None
        return None

    def _name_before(self, lo: int, colon: int) -> Mention | None:
        """``- Jeffrey M. Jones: “…”``: a name standing right before a colon."""
        toks = self._toks_outside(lo, colon)
        if not toks or not toks[-1].is_word or not toks[-1].capital:
            return None
        np = self.np_before(toks, len(toks) - 1, 0)
        if np is None:
            return None
        if np[0] > 0 and toks[np[0] - 1].lower in ("to", "in", "at", "on", "into", "with", "about", "for", "over"):
            return None  # "a blunt message to Trump:", "in San Bernardino:": no speaker's name
        m = self.make_mention(toks, *np)
        if m is None or m.form != "name" or m.text.isupper():
            return None
        return m

    def previous_sentence(self, para: Paragraph, sent_lo: int, prev_lo: int | None = None) -> tuple[Mention, tuple[int, int]] | None:
        """Rule 4: the attribution in the sentence before, in the same paragraph
        (``…, Schiff said. “…”``); memoised, as the paragraph and pronoun
        rules ask for the same sentence."""
        if sent_lo <= para.start:
            return None
        if prev_lo is None:
            prev_lo = self.sentence_start(para, sent_lo - 1)
        key = (prev_lo, sent_lo)
        if key not in self._prev:
            self._prev[key] = self._previous_sentence(prev_lo, sent_lo)
        return self._prev[key]

    def _previous_sentence(self, prev_lo: int, sent_lo: int) -> tuple[Mention, tuple[int, int]] | None:
        toks = self._toks_outside(prev_lo, sent_lo)
        forms, lasts = self.lex.verb_forms, self.lex.cue_preposition_lasts
        # attribution_clause finds nothing after a comma with no cue word in
        # the next 30-odd tokens: try only the commas that have one
        cues = [v for v, t in enumerate(toks) if t.lower in forms or t.lower in lasts]
        for k, t in enumerate(toks):
            if t.text == ",":
                c = bisect.bisect_right(cues, k)
                if c == len(cues) or cues[c] > k + 40:
                    continue
                found = self.attribution_clause(toks[k + 1 :])
                if found is not None:
                    v = self._cue_index(toks, found[1])
                    if v > k + 1 and toks[v - 1].text == ",":
                        # "Coan, Santilli's attorney, argues …": the name the apposition describes
                        whole = self.subject_of_verb(toks, v, 0)
                        if whole is not None and whole.form == "name" and whole.start < found[0].start:
                            return whole, found[1]
                    return found
        relative = False
        for v, t in enumerate(toks):
            if t.text == ",":
                relative = v + 1 < len(toks) and toks[v + 1].lower in ("which", "who", "whose")
            if relative:
                continue  # ", which included staff members suggesting someone should question …": not the speaker's clause
            if t.is_word and not _ING.match(t.lower) and self.is_cue_verb(toks, v):
                m = self.subject_of_verb(toks, v, 0)
                if m is not None:
                    return m, (t.start, t.end)
        return None

    def _previous_paragraph(self, region: Region) -> tuple[Mention, tuple[int, int]] | None:
        """A quote paragraph after a paragraph of reported speech by someone
        (``Valastro praised Christie’s leadership …`` / ``“…”``): that someone,
        when the paragraph before has no quotation of its own."""
        idx = region.first_para
        if idx <= 0:
            return None
        prev = self.article.paragraphs[idx - 1]
        if prev.headline or self._overlaps_region(prev.start, prev.end):
            return None
        lo = self.sentence_start(prev, prev.end - 1)
        return self.previous_sentence(prev, prev.end, lo)

    # ------------------------------------------------------- reported speech

    def _holds_quotation(self, lo: int, hi: int, titles: set[int]) -> bool:
        """Does [lo, hi) hold a quote region other than a title (``“Morning Joe”``)?"""
        for k in range(self._first_region_from(lo), len(self._in_region)):
            s, e = self._in_region[k]
            if s >= hi:
                return False
            if e > lo and s not in titles:
                return True
        return False

    def reported_speech(self, titles: set[int] = frozenset(), room: int = MAX_ATTRIBUTIONS) -> list[Attribution]:
        """Rule 5: attributions without quote marks, as quotes of kind ``indirect``:
        ``X said (that) …``, ``…, X said.``, ``according to X, …`` / ``…, according to X``.
        Sentences that hold a quotation are left to the rules above; a quoted
        title (``told MSNBC's “Morning Joe” that …``) is no quotation."""
        out: list[Attribution] = []
        text = self.text
        cues = self.lex.reporting_words
        for pi, para in enumerate(self.article.paragraphs):
            if para.headline:
                continue
            if len(out) >= room:
                self.unread_reports += 1  # (counted in paragraphs: the rest is not read)
                continue
            self._bound_memos()
            low = text[para.start : para.end].lower()
            hits = [para.start + m.start() for m in _LOWER_WORD.finditer(low) if m.group() in cues]
            if not hits:
                continue  # no reporting verb in the paragraph: nothing to find
            has_quote = self._overlaps_region(para.start, para.end)
            bounds = self._boundaries(para)
            starts = [para.start, *bounds]
            ends = [*bounds, para.end]
            h = 0
            for s, e in zip(starts, ends):
                while h < len(hits) and hits[h] < s:
                    h += 1
                if h >= len(hits) or hits[h] >= e or e - s < 20:
                    continue
                if has_quote and self._holds_quotation(s, e, titles):
                    continue  # the quotation rules own this sentence
                found = self._reported(s, e, para)
                if found is None:
                    continue
                cs, ce, mention, cue = found[:4]
                mention = self._poll_source(mention, s) or mention
                pieces = [(cs, found[4][0]), (found[4][1], ce)] if len(found) > 4 else [(cs, ce)]
                for cs, ce in pieces:
                    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".,;:!?"):
                        ce -= 1
                    while cs < ce and text[cs].isspace():
                        cs += 1
                    for cs, ce, cue_, other in self._coordinated(cs, ce, cue, para):
                        while ce > cs and text[ce - 1].isspace():
                            ce -= 1
                        if len(text[cs:ce].split()) < (3 if len(pieces) == 1 else 2):
                            continue
                        region = Region(cs, ce, cs, None, pi, pi)
                        out.append(Attribution(region, "indirect", other or mention, cue_, "reported"))
        return out

    def _coordinated(self, cs: int, ce: int, cue: tuple[int, int], para: Paragraph, mention: Mention | None = None):
        """Split a content into one per report: ``rejected the idea … and said
        that …`` (the same subject reports twice), ``…, and critics say …``
        (a new subject reports), ``…, saying …``.  Yields ``(start, end, cue,
        mention)``; ``mention`` None means the sentence's speaker."""
        toks = tokens(self.text, cs, ce)
        cues = self.lex.reporting_words
        for k in range(1, len(toks) - 2):
            if (toks[k].text == "," and toks[k + 1].lower in ("and", "while", "whereas", "but") and toks[k - 1].is_word
                    and k + 3 < len(toks)):
                # "…, and people familiar with her thinking say she …", "…, while others said …": a new subject reports
                lo = toks[k + 2].start
                if not cues.isdisjoint(_LOWER_WORD.findall(self.text, lo, min(ce, lo + 160))):
                    found = self._new_reporter(lo, ce, para)
                    if found is not None:
                        yield cs, toks[k].start, cue, mention
                        yield from self._coordinated(found[0], ce, found[3], para, found[2])
                        return
            if toks[k].text == "," and toks[k + 1].lower == "and" and toks[k + 2].lower in _AUXILIARIES and toks[k - 1].is_word:
                yield cs, toks[k].start, cue, mention  # "…, and has championed an agenda …": the subject acts again
                return
            if (toks[k].lower == "and" and toks[k - 1].is_word and k + 3 < len(toks) and toks[k + 1].is_word
                    and toks[k + 1].lower not in cues and not cues.isdisjoint(
                        x.lower for x in toks[k + 2 : k + 6])):
                # "… they will not attend and others have said they are not interested": a new subject reports
                lo = toks[k + 1].start
                found = self._new_reporter(lo, ce, para)
                if found is not None and found[3][0] - lo < 60:
                    yield cs, toks[k].start, cue, mention
                    yield from self._coordinated(found[0], ce, found[3], para, found[2])
                    return
            if toks[k].text == "," and toks[k + 1].lower in _TAIL_BREAKS and toks[k - 1].is_word:
                yield cs, toks[k].start, cue, mention  # "…, but …", "…, which …": the report ends with its clause
                return
            if (toks[k].text == "," and _ING.match(toks[k + 1].lower) and toks[k + 1].lower in self.lex.verb_forms
                    and toks[k + 2].is_word):
                # "defended his call for …, saying the positives …": a second report
                yield cs, toks[k].start, cue, mention
                c = k + 3 if toks[k + 2].lower == "that" and k + 3 < len(toks) else k + 2
                yield from self._coordinated(toks[c].start, ce, (toks[k + 1].start, toks[k + 1].end), para, mention)
                return
            if toks[k].lower != "and" or not (toks[k - 1].is_word or (toks[k - 1].text == "," and toks[k - 2].is_word)):
                continue  # "rejected the idea and said …", "said A, and urged B"
            v = k + 2 if toks[k + 1].lower == "also" else k + 1
            w = toks[v].lower if v < len(toks) - 1 else ""
            if w in cues and not _ING.match(w) and w not in self.lex.cue_preposition_firsts and toks[v + 1].is_word:
                end = toks[k].start
                while end > cs and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
                    end -= 1
                yield cs, end, cue, mention
                yield from self._coordinated(toks[v + 1].start, ce, (toks[v].start, toks[v].end), para, mention)
                return
        yield cs, ce, cue, mention

    def _new_reporter(self, lo: int, ce: int, para: Paragraph):
        """A report in ``[lo, ce)`` whose own subject (not a pronoun) opens it
        at ``lo``: the second report of ``…, and critics say …``."""
        found = self._subject_first(lo, ce, para, self.text[lo:ce].lower())
        if found is not None and found[2].np_start == lo and found[2].form != "pronoun":
            return found
        return None

    def _reported(self, s: int, e: int, para: Paragraph):
        """Reported speech in the sentence ``[s, e)`` (which holds no quotation):
        ``(start, end, mention, cue)``, with a fifth item ``(gap_start, gap_end)``
        when the attribution interrupts the content (``A, Smith said, B``).

        Only the parts of the sentence that can hold a cue are tokenised: most
        sentences of news name no one."""
        text = self.text
        low = text[s:e].lower()
        cues = self.lex.reporting_words
        # "…, according to X." and "According to X, …" (any cue preposition)
        if any(p in low for p in self.lex.cue_prepositions):
            toks = tokens(text, s, e)
            for k in range(len(toks)):
                n_prep = self._prep_ending_at(toks, k)
                if not n_prep:
                    continue
                first = k - n_prep + 1
                np = self.np_after(toks, k + 1)
                m = self.make_mention(toks, *np) if np is not None else None
                if m is None:
                    # "according to recent polling, …": whatever the phrase, it is the source
                    end = next((j for j in range(k + 1, min(len(toks), k + 7)) if not toks[j].is_word), None)
                    if end is None or end == k + 1 or toks[end].text != "," or toks[k + 1].lower in self.lex.pronouns:
                        return None
                    np = (k + 1, end - 1)
                    a, b = toks[k + 1].start, toks[end - 1].end
                    m = Mention(a, b, text[a:b], "description", None, None, a, text[a:b])
                cue = (toks[first].start, toks[k].end)
                lead = [t for t in toks[:first] if t.is_word]
                opening = all(t.lower in _LEAD_WORDS for t in lead)  # "But, according to the poll, …"
                if first > 0 and toks[first - 1].text == "," and not opening:
                    return s, toks[first - 1].start, m, cue  # "…, according to X."
                # the source phrase ends at the next comma ("According to the FBI summary, …")
                comma = next((j for j in range(np[1] + 1, min(len(toks), np[1] + 12)) if toks[j].text == ","), None)
                if comma is not None and opening:
                    return toks[comma].end, e, m, cue
                if comma is None and len(lead) >= 3 and not any(t.text == "," for t in toks[np[1] + 1 :]):
                    return s, toks[first].start, m, cue  # "… leads by 271 delegates according to a count by the AP."
                return None
        # "…, Smith said." closing the sentence, or "…, Smith said, …" inside it
        pos = low.find(",")
        while pos >= 0:
            nxt = low.find(",", pos + 1)
            seg_end = nxt if nxt >= 0 else len(low)
            if pos >= 10 and seg_end - pos < 160 and not cues.isdisjoint(_LOWER_WORD.findall(low, pos, seg_end)):
                inner = tokens(text, s + pos + 1, s + seg_end)
                found = self.attribution_clause(inner)
                if found is not None:
                    c = self._cue_index(inner, found[1])
                    if c == next((k for k, t in enumerate(inner) if t.is_word), -1) and nxt >= 0:
                        # "…, said Mark Jones, a political scientist at …": the apposition ends the sentence
                        whole = self.attribution_clause(tokens(text, s + pos + 1, e))
                        if whole is not None and whole[0].role:
                            return s, s + pos, whole[0], whole[1]
                    if self._bare_after_cue(inner, c):
                        if nxt >= 0:
                            # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": two pieces
                            return s, e, found[0], found[1], (s + pos, s + nxt + 1)
                        if found[0].form != "pronoun":
                            return s, s + pos, found[0], found[1]
                        # "Other candidates said they …, they said.": the sentence's own subject, if it reports
                        first = self._subject_first(s, e, para, low)
                        if first is not None and first[2].form != "pronoun" and first[0] < s + pos:
                            return first[0], s + pos, first[2], first[3]
                        return s, s + pos, found[0], found[1]
            pos = nxt
        return self._subject_first(s, e, para, low)

    def _subject_first(self, s: int, e: int, para: Paragraph, low: str):
        """``Smith said (that) …``: a cue after its subject, in ``[s, e)``."""
        text = self.text
        cues = self.lex.reporting_words
        lex = self.lex
        for word in _LOWER_WORD.finditer(low, 0, min(len(low), 420)):
            w = word.group()
            if w not in cues or w in self.lex.cue_preposition_firsts:
                continue
            vstart = s + word.start()
            if word.start() > 400:
                break  # the subject of a reporting verb this far in is not the sentence's
            toks = tokens(text, s, min(e, s + word.end() + 60))
            v = next((k for k, t in enumerate(toks) if t.start == vstart), None)
            if v is None:
                continue
            t = toks[v]
            if t.lower not in cues:
                continue  # "state’s approach": the cue word is part of a longer token
            if (v > 0 and toks[0].capital and toks[0].lower.endswith(("ed", "ing"))
                    and not any(x.text == "," for x in toks[1:v])):
                continue  # "Asked if she believed …, Clinton said …": inside the fronted phrase
            base = lex.verb_forms.get(t.lower) or lex.belief_forms.get(t.lower)
            if v > 0 and self._noun_use(toks, v, base):
                continue
            if t.lower in lex.verb_forms and not self.is_cue_verb(toks, v):
                continue
            if v > 0 and (toks[v - 1].lower in _DETERMINERS or toks[v - 1].lower.endswith(_POSSESSIVE)):
                continue  # "The plan is likely to …", "Brown's estimated loss": a noun
            if _passive(toks, v):
                continue  # "Clinton was asked about …": passive, the subject is no speaker
            if v > 1 and toks[v - 1].lower in ("who", "that", "which") and (toks[v - 2].is_word or toks[v - 2].text == ","):
                continue  # "People who know him well say …", "Fox TV, which shows …, is": a relative clause's verb
            progressive = _ING.match(w) and v > 0 and toks[v - 1].lower in _BE_FORMS
            if _ING.match(w) and not progressive:
                # "Trump mocked her record, saying she would …": the clause's subject
                if v < 2 or toks[v - 1].text not in (",", "\u2013", "\u2014") or t.lower not in lex.verb_forms:
                    continue
                m = self.clause_subject(para, toks[v - 1].start, s)
            elif v > 1 and toks[v - 1].lower in ("and", "but") and toks[v - 2].is_word:
                # "Conway rejected the idea and said that …"
                m = self.clause_subject(para, toks[v - 1].start, s)
            else:
                # "Sanders is suggesting he beat expectations": the auxiliary's subject
                m = self.subject_of_verb(toks, v - 1 if progressive else v, 0)
                first_word = next((x.start for x in toks if x.is_word), toks[0].start)  # "-Nate Cohn explains …"
                if m is not None and m.np_start > first_word and not (
                    (word.start() <= 160 and self._only_front(toks, m.np_start)) or self._new_clause_before(toks, m.np_start)
                ):
                    m = None
                if m is None and not progressive:
                    m = self._front_subject(toks, v)
            if m is None:
                continue  # "a Washington state delegate …, said": a later cue may still have one
            c = v + 1
            if base in _OBJECT_CUES and c < len(toks):
                c = self._object_end(toks, c)  # "told reporters", "told CNN", "told him"
            while c < len(toks) and (toks[c].lower in ("on", "in", "at", "during", "late", "earlier")
                                      or (toks[c].lower in ("last", "this") and c + 1 < len(toks)
                                          and toks[c + 1].lower in lex.time_words)  # not "told reporters this was …"
                                      or toks[c].lower in lex.time_words or toks[c].text == ","):
                if toks[c].text == ",":
                    c += 1
                    break
                c += 1
            if c < len(toks) and toks[c].lower == "for" and base in ("call", "ask", "push", "argue"):
                c += 1  # "called for a boycott"
            for k in range(c, min(len(toks), c + 14)):
                if toks[k].text == "," or toks[k].lower in ("and", "but", "or") or (toks[k].lower in cues and not toks[k].capital):
                    break
                if (self._pronoun(toks[k]) and toks[k].lower != "that") or toks[k].lower in _AUXILIARIES:
                    break  # "said she was not going to jump to that conclusion": the clause has begun
                if toks[k].lower == "that":
                    c = k  # "said earlier on Friday during a news conference that …"
                    break
            if c >= len(toks) or not toks[c].is_word:
                return None
            return toks[c].start, e, m, (t.start, t.end)
        return None

    def _noun_use(self, toks: list[Tok], v: int, base_of: str | None) -> bool:
        """Is the cue word ``toks[v]`` a noun or a naming verb here, not a report?
        ``with support above 80 percent``, ``renewed fears along …``, ``a party
        called Anti-Prom``, ``she called in to a town hall``."""
        prev, low = toks[v - 1], toks[v].lower
        if prev.lower in _PREPOSITIONS:
            return True
        if (prev.is_word and not prev.capital and prev.lower.endswith("ed") and low.endswith("s") and low != "says"
                and prev.lower not in self.lex.verb_forms and prev.lower not in self.lex.belief_forms
                and prev.lower not in self.lex.between_words):
            return True  # "renewed fears", "raised hopes": the object of a verb
        if base_of == "call":
            if v + 1 < len(toks) and toks[v + 1].lower in ("in", "off", "up", "back"):
                return True
            if v > 1 and toks[v - 2].lower in ("a", "an") and prev.is_word:
                return True  # "a party called Anti-Prom": a name given, not speech
        return False

    def _object_end(self, toks: list[Tok], c: int) -> int:
        t = toks[c]
        if t.lower in ("him", "her", "them", "us", "me", "you"):
            return c + 1
        if t.capital:
            while c < len(toks) and (toks[c].capital or toks[c].lower in ("of", "the")):
                c += 1
            return c
        if t.lower in _DETERMINERS and c + 1 < len(toks):
            c += 1
        if c + 1 < len(toks) and toks[c].is_word and not toks[c].capital and (
            toks[c + 1].lower in _DETERMINERS or toks[c + 1].lower in ("that", "he", "she", "they", "it", "we", "i")
            or toks[c + 1].capital
        ):
            return c + 1
        return c

    def _cue_index(self, toks: list[Tok], cue: tuple[int, int]) -> int:
        for i, t in enumerate(toks):
            if t.start == cue[0]:
                return i
        return len(toks) - 1

    def _new_clause_before(self, toks: list[Tok], np_start: int) -> bool:
        """Does a coordinated clause start right before ``np_start``
        (``…, and nearly three in five said …``)?"""
        k = next((i for i, t in enumerate(toks) if t.start >= np_start), 0)
        if k >= 2 and toks[k - 1].lower in _CLAUSE_OPENERS and (toks[k - 2].text == "," or toks[k - 2].lower == "even"
                                                               or toks[k - 2].is_word):
            return True  # "…, though he added that …", "even as he defended …", "… place after a poll showed …"
        return k >= 2 and toks[k - 1].lower in ("and", "but", "while", "whereas") and toks[k - 2].text == ","

    def _front_subject(self, toks: list[Tok], v: int) -> Mention | None:
        """The sentence's whole opening noun phrase as the subject of cue
        ``toks[v]``: ``Most Republican voters in Alabama, Georgia and Virginia
        said``, ``An earlier report in a New Hampshire paper said``, ``His
        campaign manager, Jeff Weaver, said``.  Only when nothing between the
        sentence start (a conjunction or fronted adverbial skipped) and the
        cue reads as a verb, a pronoun or a new clause."""
        lex = self.lex
        k = 0
        if toks and toks[0].lower in ("but", "and", "yet", "so", "still", "meanwhile"):
            k = 1
        if k < len(toks) and toks[k].lower not in _DETERMINERS and (
                toks[k].lower in FRONT_WORDS or toks[k].lower in lex.time_words):
            c = next((c for c in range(k, min(v, k + 12)) if toks[c].text == ","), None)
            if c is None:
                return None
            k = c + 1
        i = self._skip_between(toks, v - 1)
        if 0 <= i and toks[i].text == ",":
            i -= 1
        elif (0 < i and toks[i].capital and lex.verb_forms.get(toks[v].lower) == toks[v].lower
              and toks[i - 1].lower in _DETERMINERS):
            return None  # "a Washington state delegate": a cue word's bare form after a name is a noun
        if i < k or i - k > 16 or not toks[k].is_word or toks[k].lower in lex.clause_breakers:
            return None
        head = None
        for j in range(k, i + 1):
            t = toks[j]
            low = t.lower
            if not t.is_word:
                if t.text == ",":
                    head = j - 1 if head is None else head
                elif not ((t.text == "." and self._is_abbrev(t.start)) or t.text in ("'", "\u2019")):
                    return None
                continue
            if low in ("who", "that") and j > k and head is None and toks[j - 1].is_word and i - j <= 12 and not any(
                    x.text == "," or x.lower in lex.relative_pronouns or x.lower in lex.reporting_words for x in toks[j + 1 : i + 1]):
                head = j - 1  # "Current and former officials who spoke with the Post said": a relative clause
                break
            if low in _POSSESSIVE_PRONOUNS and j > k:
                continue  # "RT and its defenders say"
            if (low in _AUXILIARIES or low in _BE_FORMS or low in lex.relative_pronouns or low in _SUBORDINATORS
                    or (low in lex.clause_breakers and low not in _PREPOSITIONS and low not in ("and", "between", "among")
                        and not (low == "to" and j > k and j < i and (toks[j + 1].capital or toks[j + 1].lower in _ARTICLES)))):
                return None  # a clause, not a noun phrase: "The decision came days after the Council condemned …"
            if self._pronoun(t) and low not in _POSSESSIVE_DETS:
                return None
            prev = toks[j - 1] if j > k else None
            if not t.capital and (low in lex.verb_forms or low in lex.belief_forms) and low not in lex.person_nouns:
                # "An earlier report in …": a cue word as a noun, after a determiner or an adjective
                if prev is None or not (prev.lower in _DETERMINERS or prev.lower.endswith(_POSSESSIVE)
                                        or (prev.is_word and not prev.capital and prev.lower not in lex.verb_forms)):
                    return None
            if not t.capital and low.endswith("ed") and prev is not None and (prev.capital or prev.lower.endswith("s")):
                return None  # "Clinton visited …", "officials worked …": a verb
            if (not t.capital and prev is not None and prev.capital and j < i and low not in _NP_CONNECTORS
                    and low not in _PREPOSITIONS and low != "to"
                    and low not in lex.person_nouns and low not in lex.org_nouns and low not in lex.speech_sources
                    and (toks[j + 1].capital or toks[j + 1].lower in _ARTICLES)):
                return None  # "Clinton won Iowa and Sanders said": a verb between two names
            if head is None and j > k and (low in _PREPOSITIONS or low == "to"):
                head = j - 1
        if head is None:
            head = i
        m = self.make_mention(toks, k, head)
        if m is None:
            return None
        if m.form == "description" and head + 2 <= i and toks[head + 1].text == ",":
            # "His campaign manager, Jeff Weaver, said": the name, with the description as role
            end = next((c - 1 for c in range(head + 2, i + 1) if toks[c].text == ","), i)
            named = self.make_mention(toks, head + 2, end)
            if named is not None and named.form == "name" and all(x.capital or x.text == "." for x in toks[head + 2 : end + 1]):
                r = k + 1 if toks[k].lower in _POSSESSIVE_PRONOUNS and k < head else k  # "Her deputy" -> "deputy"
                m = Mention(named.start, named.end, named.text, "name", named.role or self.text[toks[r].start : toks[head].end],
                            named.acronym)
        start, end = toks[k].start, toks[i].end
        return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, start, self.text[start:end])

    def _only_front(self, toks: list[Tok], upto: int) -> bool:
        """Only a fronted adverbial (``On Monday, X said …``) or a conjunction
        (``But X said …``) before the subject."""
        if not toks:
            return False
        if toks[0].lower in ("but", "and", "yet", "so", "still", "even", "also", "nonetheless", "nevertheless",
                             "instead", "meanwhile") and len(toks) > 1 and toks[1].start >= upto:
            return True
        if toks[0].lower in _CLAUSE_OPENERS and len(toks) > 1 and toks[1].start >= upto:
            return True  # "Although Mr. Brown does not plan …"
        if len(toks) > 3 and toks[0].lower == "that" and toks[1].lower == "said" and toks[2].text == "," and toks[3].start >= upto:
            return True  # "That said, Millennials say …"
        if toks[0].capital and toks[0].lower.endswith(("ed", "ing")) and any(t.text == "," and t.start < upto for t in toks):
            return True  # "Courted by most of the candidates, Adelson said …"
        return (toks[0].lower in FRONT_WORDS or toks[0].lower in self.lex.time_words) and any(
            t.text == "," and t.start < upto for t in toks
        )

    def attribute(self, reported: bool = True) -> list[Attribution]:
        """Every quotation with its attribution; with ``reported``, reported
        speech too (quotes of kind ``indirect``)."""
        out: list[Attribution] = []
        paras = self.article.paragraphs
        by_para_speaker: dict[int, Attribution] = {}
        last_attributed: Attribution | None = None
        last_para = -10
        for region in self.regions:
            self._bound_memos()
            para = paras[region.first_para]
            if region.nested:
                out.append(Attribution(region, "nested", None, None, ""))
                continue
            sent_lo = self.sentence_start(para, region.open_mark)
            kind = self.kind_of(region, sent_lo)
            if self.is_title(region, para):
                out.append(Attribution(region, "scare", None, None, "title"))
                continue
            if self._in_question(region, sent_lo):
                # "Asked whether Clinton “has the integrity …,” 75 percent said yes": the question's words
                asker = self._asked_by(region, sent_lo)
                if asker is not None:
                    out.append(Attribution(region, kind, asker[0], asker[1], "asked"))
                else:  # no one to credit: a few words of it are a scare quote
                    out.append(Attribution(region, "scare" if self._fragment(region) else kind, None, None, "asked"))
                continue
            found, rule = self._transcript_label(region), "transcript"
            if found is None:
                found, rule = self.find_speaker(region, para, paras[region.last_para], sent_lo)
            if found is not None and found[0].form == "pronoun":
                found = (self._with_antecedent(found[0], para), found[1])
            att: Attribution
            if found is not None:
                found = (self._poll_source(found[0], sent_lo) or found[0], found[1])
                att = Attribution(region, kind, found[0], found[1], rule)
            elif self.title_case(region) >= 2:
                # no cue of its own and in Title Case: the name of a work, a
                # slogan or a headline ("“The Walking Dead” is an AMC drama")
                att = Attribution(region, "scare", None, None, "title")
            else:
                words = len(self.text[region.start : region.end].split())
                starts_para = region.open_mark == para.start
                prev_att = by_para_speaker.get(region.first_para)
                if kind == "mixed" and words <= self.lex.scare_max_words:
                    sub = (self._asked_by(region, sent_lo) or self._cue_in_sentence(region, para, sent_lo)
                           or self._characterised_as(region, para, sent_lo))
                    if sub is None:
                        sub = self._quoted_speaker_subject(region, para, sent_lo, out)
                    if sub is not None:
                        att = Attribution(region, kind, sub[0], sub[1], "sentence")
                    else:
                        att = Attribution(region, "scare", None, None, "")
                elif starts_para and (sign := self._signed_below(region)) is not None:
                    att = Attribution(region, kind, sign[0], sign[1], "after")
                elif prev_att is not None and prev_att.mention is not None:
                    att = Attribution(region, kind, *self._paragraph_speaker(prev_att, para, sent_lo), "paragraph")
                elif (prev := self.previous_sentence(para, sent_lo)) is not None:
                    att = Attribution(region, kind, prev[0], prev[1], "paragraph")
                elif starts_para and (lead := self._previous_paragraph(region)) is not None:
                    att = Attribution(region, kind, lead[0], lead[1], "continuation")
                elif (
                    starts_para
                    and last_attributed is not None
                    and last_attributed.mention is not None
                    and 0 < region.first_para - last_para <= self.lex.continuation_paragraphs
                ):
                    att = Attribution(region, kind, last_attributed.mention, last_attributed.cue, "continuation")
                elif (sub := self._cue_in_sentence(region, para, sent_lo)) is not None:
                    att = Attribution(region, kind, sub[0], sub[1], "sentence")
                elif self.title_case(region) and words <= 3:
                    # no one says it and it is a capitalised name: "“Friends” has been a hit"
                    att = Attribution(region, "scare", None, None, "title")
                elif kind == "mixed" and (sub := self._subject_of_passage(region, para, sent_lo)) is not None:
                    att = Attribution(region, kind, sub, None, "subject")
                else:
                    att = Attribution(region, kind, None, None, "")
            out.append(att)
            if att.mention is not None and att.rule != "subject":  # (a guess is not handed on)
                by_para_speaker[region.last_para] = att
                by_para_speaker.setdefault(region.first_para, att)
                last_attributed = att
                last_para = region.last_para
        if reported:
            titles = {a.region.open_mark for a in out if a.kind == "scare" and a.rule == "title"}
            out.extend(self.reported_speech(titles, MAX_ATTRIBUTIONS - len(out)))
            out.extend(self._participle_reports(out))
            if len(out) > MAX_ATTRIBUTIONS:
                self.unread_reports += len(out) - MAX_ATTRIBUTIONS
                del out[MAX_ATTRIBUTIONS:]
        return out

    def _paragraph_speaker(self, prev_att: Attribution, para: Paragraph, sent_lo: int) -> tuple[Mention, tuple[int, int] | None]:
        """The speaker of the paragraph's last quote, for a quote without a cue
        of its own; when a sentence between them names that speaker again
        ("…, dos Santos says. “…”"), that nearer mention."""
        m = prev_att.mention
        assert m is not None
        if m.form == "name" and sent_lo > para.start and prev_att.region.end < sent_lo:
            surname = m.text.split()[-1]
            prev_lo = self.sentence_start(para, sent_lo - 1)
            if prev_lo > prev_att.region.end and self.text.find(surname, prev_lo, sent_lo) >= 0:
                prev = self.previous_sentence(para, sent_lo, prev_lo)
                if prev is not None and prev[0].form == "name" and prev[0].text.split()[-1] == surname:
                    return prev
        return m, prev_att.cue

    def _signed_below(self, region: Region) -> tuple[Mention, tuple[int, int]] | None:
        """A quotation that fills its paragraph, signed in the next one:
        ``“…”`` then ``-Michelle Marks, Philadelphia.`` or ``— President Obama,
        tweeting after the speech.`` (the roundup style of "quotable" boxes)."""
        paras = self.article.paragraphs
        if region.close_mark is None or region.last_para + 1 >= len(paras):
            return None
        para = paras[region.last_para]
        if self.text[region.close_mark + 1 : para.end].strip(" .") != "":
            return None
        nxt = paras[region.last_para + 1]
        k = nxt.start
        if self.text[k : k + 1] not in _DASHES:
            return None
        while k < nxt.end and (self.text[k] in _DASHES or self.text[k] == " "):
            k += 1
        toks = tokens(self.text, k, min(nxt.end, k + 200))
        if not toks or not toks[0].capital:
            return None
        np = self.np_after(toks, 0)
        m = self.make_mention(toks, *np) if np is not None else None
        if m is None or m.form != "name":
            return None
        return m, (nxt.start, nxt.start + 1)

    def _quoted_speaker_subject(self, region: Region, para: Paragraph, sent_lo: int, atts: list[Attribution]):
        """A short quoted fragment in a sentence whose subject is someone the
        article has already quoted: that speaker's words."""
        m = self.clause_subject(para, region.open_mark, sent_lo)
        if m is None or m.form != "name":
            return None
        # the surnames of the names quoted so far, added to as ``atts`` grows
        # (rereading every earlier attribution for each quote made long articles quadratic)
        seen = self._quoted_surnames
        for a in atts[self._surnames_upto :]:
            if a.mention is not None and a.mention.form == "name":
                seen.add(a.mention.text.split()[-1].lower())
        self._surnames_upto = len(atts)
        return (m, None) if m.text.split()[-1].lower() in seen else None

    def _participle_reports(self, atts: list[Attribution]) -> list[Attribution]:
        """``“…,” Jealous said, suggesting that a platform could help her``:
        a participle after a quotation's attribution reports more of what the
        same speaker said, without quote marks."""
        out = []
        text = self.text
        cues = self.lex.reporting_words
        paras = self.article.paragraphs
        for att in atts:
            if att.kind not in ("direct", "mixed") or att.mention is None or att.cue is None or att.rule == "paragraph":
                continue
            self._bound_memos()
            r = att.region
            lo = max(r.end + 1, att.cue[1])
            para = paras[r.last_para]
            if lo >= para.end:
                continue
            hi = self.sentence_end(para, lo)
            nxt = self._next_region_start(lo)
            if nxt is not None and nxt < hi:
                continue  # another quotation in the rest of the sentence: the quote rules own it
            words = _LOWER_WORD.findall(text, lo, hi)
            if cues.isdisjoint(words) or ("," not in text[lo:hi] and "and" not in words and "but" not in words):
                continue
            toks = tokens(text, lo, hi)
            for k in range(len(toks) - 2):
                if toks[k].lower in ("and", "but") and k > 0 and toks[k - 1].is_word:
                    # "… said it was “opposed” to the test and warned North Korea to refrain …"
                    v = k + 1
                    while v < len(toks) - 1 and v - k <= 3 and toks[v].lower in self.lex.between_words:
                        v += 1
                    w = toks[v].lower
                    if w in cues and not _ING.match(w) and w in self.lex.verb_forms and self.is_cue_verb(toks, v):
                        base = self.lex.verb_forms[w]
                        c = v + 1
                        if base in _OBJECT_CUES and c < len(toks):
                            c = self._object_end(toks, c)
                        if c < len(toks) and toks[c].lower == "that" and c + 1 < len(toks):
                            c += 1
                        if c < len(toks):
                            out.extend(self._content(toks[c].start, toks[-1].end, r.last_para, att.mention, toks[v]))
                        break
                    continue
                if toks[k].text != ",":
                    continue
                w = toks[k + 1].lower
                if not (_ING.match(w) and w in cues and w in self.lex.verb_forms):
                    if any(self.is_cue_verb(toks, j) for j in range(k + 1, min(len(toks), k + 3))):
                        break  # a new reporting clause: not this speaker's
                    continue
                c = k + 3 if toks[k + 2].lower == "that" and k + 3 < len(toks) else k + 2
                out.extend(self._content(toks[c].start, toks[-1].end, r.last_para, att.mention, toks[k + 1]))
                break
        return out

    def _content(self, cs: int, ce: int, pi: int, mention: Mention, cue: Tok) -> list[Attribution]:
        """An indirect report of ``[cs, ce)`` less its closing punctuation, if
        three words or more are left."""
        text = self.text
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".,;:!?"):
            ce -= 1
        if len(text[cs:ce].split()) < 3:
            return []
        return [Attribution(Region(cs, ce, cs, None, pi, pi), "indirect", mention, (cue.start, cue.end), "reported")]


#: a dateline opening a paragraph: "WASHINGTON —", "LOS ANGELES, Sept. 28 (UPI) --"
_DATELINE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?:,? [A-Z][a-z]+\.? \d{1,2})?"
                       r"(?: \([A-Za-z ]+\))? *(?:\u2014|\u2013|--?) *")
_SENT_END = re.compile(r"[.!?\u2026]+[\)\]\"'\u201d\u2019]*(?=\s+[\"'\u201c\u2018(\[A-Z0-9])")


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten a".split())


def _referring_to(m: Mention, ante: Mention) -> Mention:
    """Pronoun mention ``m`` with its antecedent set (no dataclasses.replace: a hot path)."""
    return Mention(m.start, m.end, m.text, m.form, m.role, m.acronym, m.np_start, m.surface, ante)


def _passive(toks: list[Tok], v: int) -> bool:
    """Is cue ``toks[v]`` a passive ("was asked", "were told"), whose subject hears rather than says?"""
    return v > 0 and toks[v - 1].lower in _BE_FORMS and not _ING.match(toks[v].lower)


def _is_number(word: str) -> bool:
    return word in _NUMBER_WORDS or word.isdigit()


def _quantity_lead(toks: list[Tok], k: int) -> bool:
    """``About 200``, ``nearly half``: a quantity adverb at ``toks[k]`` before a number or share."""
    return (k + 1 < len(toks) and toks[k].lower in _QUANTITY_ADVERBS
            and (_is_number(toks[k + 1].lower) or toks[k + 1].text[0].isdigit() or toks[k + 1].lower in _QUANTITIES))


def _capital_before(words: list[Tok], k: int) -> bool:
    """Is there a capitalised word left of ``words[k]`` past connectors only?"""
    k -= 1
    while k >= 0 and words[k].lower in _NAME_CONNECTORS:
        k -= 1
    return k >= 0 and words[k].capital

