"""Judge one line alone: is it prose, a short fragment, or known boilerplate?

This is jusText's first pass, for lines instead of HTML paragraphs: length, the share of
stopwords of the page's language, and terminal punctuation sort a line into PROSE (reads
like a paragraph), SENTENCE (a short sentence), NEAR (could be article: a subheading, a
list item) or SHORT (a menu entry, a label, a name); known notices are CHROME, headings
that end the article END or BOX. Context comes later, in :mod:`classify`.

Each line costs a few ``str`` methods and one set lookup per word; lines too short to be
prose leave after a length test.
"""

from __future__ import annotations

from typing import Optional

from .. import patterns

from .markers import (
    ABOUT_MAX_NAME_WORDS, ABOUT_PREFIXES, AD_LABELS, BOX_MARKERS, BOX_PREFIX_MAX_WORDS, BOX_PREFIXES, BOX_SUFFIXES,
    COMMENT_NOUNS, END_MARKERS, KEY_NOISE, MAX_MARKER_CHARS, MAX_TAG_LINE_WORDS, NOTICE_SYMBOL, NOTICE_WORDS,
    TAG_LABELS, TAG_LINE_MAX_STOPWORD_RATIO, THREAD_MARKERS, is_comment_count_heading, marker_key, notice_reason,
)

__all__ = ["PROSE", "SENTENCE", "NEAR", "SHORT", "CHROME", "END", "BOX", "THREAD_REASON", "Judgement", "judge_line"]

PROSE, SENTENCE, NEAR, SHORT, CHROME, END, BOX = (
    "prose", "sentence", "near", "short", "chrome", "end", "box"
)

# A paragraph of prose has at least this many words (jusText: 70 characters)...
PROSE_MIN_WORDS = 8
# ...and this share of its words are stopwords (jusText's stopwords_low is 0.30; a line
# is shorter than a paragraph, so the share varies more).
PROSE_MIN_STOPWORD_RATIO = 0.2
# A line this long reads as prose even without a full stop (a paragraph cut by the scraper).
# Headlines stay under it: the headlines in the dev split's page titles run 10 words at the
# median and 20 at most, and a list of other stories' headlines after the article must not
# score as prose (at 20, such teasers carried the article's run past its end).
PROSE_WITHOUT_STOP_WORDS = 25
# A fragment could still be article text from this many words on.
NEAR_MIN_WORDS = 4
# A long line without a full stop whose words are mostly capitalised is a menu or a
# headline, not a paragraph.
MAX_CAPITALISED_SHARE = 0.5
# Notices (cookies, copyright, newsletter) are short; a longer line mentioning them is prose.
MAX_NOTICE_WORDS = 45
# Lines under this many characters cannot be prose in a spaced script: skip the word work.
SHORT_CHARS = 20
# The stopword share of a long line is read from its first words: enough to tell, and the
# cost stops growing with the line.
STOPWORD_SAMPLE_WORDS = 16
# CJK scripts write words without spaces: count one word per this many characters.
CJK_CHARS_PER_WORD = 2
# So do Thai, Lao, Khmer and Myanmar, whose words run longer: a Thai word is about 3-4
# characters with its vowel and tone marks; counting 4 keeps a short menu entry short.
SPACELESS_CHARS_PER_WORD = 4
# Spaced scripts average 5-7 characters a word; a line with longer "words" may be CJK.
CJK_MIN_CHARS_PER_WORD = 12

# Characters that end a sentence, a quotation or a list item in the scripts we meet.
TERMINAL = frozenset('.!?"”’»)…:;。！？」』')
# A short line ending like this, with stopwords, is a sentence ("She never came back.").
SENTENCE_END = frozenset(".!?”\"…。！？")


#: What judge_line returns: (kind, words, reason). A plain tuple: it is built for every line.
Judgement = tuple[str, int, Optional[str]]

_END_MARKER = (END, 0, "end-of-article marker")
#: The reason of a comment thread's heading: an end marker the article's run is chosen before.
THREAD_REASON = "comment thread heading"
_THREAD_MARKER = (END, 0, THREAD_REASON)
_BOX_MARKER = (BOX, 0, "end-of-article marker")
_AD_LABEL = (CHROME, 0, "advertising label")
# Every heading key with its judgement: one dict lookup per short line.
_HEADINGS: dict[str, Judgement] = {
    **dict.fromkeys(END_MARKERS, _END_MARKER),
    **dict.fromkeys(THREAD_MARKERS, _THREAD_MARKER),
    **dict.fromkeys(BOX_MARKERS, _BOX_MARKER),
    **dict.fromkeys(AD_LABELS, _AD_LABEL),
}


#: The reason of a line of tags: an end marker, with its topics on the same line.
REASON_TAG_LINE = "tag line"
_TAG_LINE = (END, 0, REASON_TAG_LINE)
_TAG_FIRST_WORDS = TAG_LABELS | frozenset(label + ":" for label in TAG_LABELS)


def _is_tag_line(line: str, lowered_words: list[str], stopwords: frozenset[str]) -> bool:
    """Return whether a line that opens with a tag label lists tags: a colon or few stopwords, no sentence's end."""
    if len(lowered_words) > MAX_TAG_LINE_WORDS or line[-1] in SENTENCE_END:
        return False
    if lowered_words[0].endswith(":") or lowered_words[1:2] == [":"]:
        return True
    # "Tags Kristi Noem South Dakota", "Tags Ilhan Omar death threat": no colon, and few
    # stopwords (jusText's stopwords_low share: "south" and "death" are on its English
    # list; "Tags are useful for readers" is a heading); without a stoplist, the tags
    # capitalised as names are.
    tags = lowered_words[1:]
    if stopwords:
        return len(stopwords.intersection(tags)) < TAG_LINE_MAX_STOPWORD_RATIO * len(tags)
    return all(word[:1].isupper() or word[:1].isdigit() for word in line.split()[1:])


# A links-box heading before a colon opens a link to another story ("Read more: ...").
INLINE_LINK_LABELS = BOX_MARKERS | frozenset({"related post", "related article", "related story", "see more"})
INLINE_LINK_MAX_LABEL = 1 + max(map(len, INLINE_LINK_LABELS)) + 2  # the label, a bracket and spaces
REASON_INLINE_LINK = "related link"


def _lowercased_forms(word: str) -> set[str]:
    # A casefolded word as lower() may give it: Greek final "σ" lowercases to "ς".
    return {word, word[:-1] + "ς"} if word.endswith("σ") else {word}


# The labels' first words as a lowercased line's first word can read: bare, after a bracket,
# before a colon ("[related:").
_INLINE_LINK_FIRST_WORDS = frozenset(
    f"{bracket}{form}{colon}"
    for label in INLINE_LINK_LABELS for form in _lowercased_forms(label.split()[0])
    for bracket in ("", "[") for colon in ("", ":")
)

# Two-character starts of the links-box and "About" prefixes: most short lines are ruled
# out by one lookup.
_PREFIX_HEADS = frozenset(prefix[:2] for prefix in BOX_PREFIXES + ABOUT_PREFIXES)


def _names_only(line: str, key: str) -> bool:
    """Return whether what follows an "About" prefix in the line is a name: a few capitalised words."""
    prefix_words = next(prefix for prefix in ABOUT_PREFIXES if key.startswith(prefix)).count(" ")
    names = line.split()[prefix_words:]
    return 0 < len(names) <= ABOUT_MAX_NAME_WORDS and all(
        name[:1].isupper() or name[:1].isdigit() or name == "&" for name in names
    )


# A word every suffix holds, casefolded: looked for in the key first (an "in" test costs
# less than an endswith), the line's own case is read only then.
_BOX_SUFFIX_WORD = "newsletter"


# A short line ending a sentence ("Yes.", "Why?") is a reply or an exclamation, rarely a
# menu entry or a label; one that trails off ("Read more...") is a teaser or a link.
_REPLY_END = frozenset(".!?")


def _short_kind(line: str) -> str:
    """Return NEAR for a short line that ends a sentence, SHORT for other short lines."""
    return NEAR if line[-1:] in _REPLY_END and not line.endswith("..") else SHORT


_DASHES = frozenset("—–-")
# A tweet's signature: a dash, a name, a handle and a date.
MAX_SIGNATURE_WORDS = 12
# Links a quoted post ends with, after its last sentence: "... ourselves? pic.twitter.com/s96jjh8AlD".
_TRAILING_LINKS = ("pic.twitter.com/", "http://", "https://")


def _ends_before_a_link(line: str) -> bool:
    """Return whether a line ends a sentence and then a link: an embedded tweet's text."""
    head, _, last = line.rpartition(" ")
    return last.startswith(_TRAILING_LINKS) and head[-1:] in TERMINAL


def judge_line(line: str, stopwords: frozenset[str]) -> Judgement:
    """Sort one stripped line into PROSE, NEAR, SHORT, CHROME or END, alone, without context."""
    length = len(line)
    if length <= MAX_MARKER_CHARS:
        key = line.casefold().strip(KEY_NOISE)  # marker_key(line), inlined: every line comes here
        heading = _HEADINGS.get(key)
        if heading:
            return heading
        if key[:2] in _PREFIX_HEADS:  # one lookup rules out most lines for both tests
            if key.startswith(BOX_PREFIXES) and key.count(" ") < BOX_PREFIX_MAX_WORDS:
                return _BOX_MARKER
            if key.startswith(ABOUT_PREFIXES) and _names_only(line, key):
                return _END_MARKER
        if (
            _BOX_SUFFIX_WORD in key and line.rstrip(KEY_NOISE).endswith(BOX_SUFFIXES)
            and key.count(" ") < BOX_PREFIX_MAX_WORDS
        ):
            return _BOX_MARKER
        if length < SHORT_CHARS and line.isascii():
            # _short_kind, inlined: most lines of a page come here.
            kind = NEAR if line[-1:] in _REPLY_END and not line.endswith("..") else SHORT
            return (kind, line.count(" ") + 1, None)
    count = line.count(" ") + 1
    if length > CJK_MIN_CHARS_PER_WORD * count and not line.isascii():
        # Words this long are runs of CJK or Thai characters without spaces: count characters.
        count = max(
            count,
            sum(map(len, patterns.CJK_RUN.findall(line))) // CJK_CHARS_PER_WORD
            + sum(map(len, patterns.SPACELESS_RUN.findall(line))) // SPACELESS_CHARS_PER_WORD,
        )
    lowered = line.lower()
    if count <= MAX_NOTICE_WORDS:
        lowered_words = lowered.split()  # the notice screen's words, and the stopword sample's
        if not NOTICE_WORDS.isdisjoint(lowered_words) or NOTICE_SYMBOL in line:
            reason = notice_reason(lowered)
            if reason:
                return (CHROME, count, reason)
        # "Read more: <another story's headline>", "[Related: ...]": a link to another story
        # printed between paragraphs. The first word first: a set lookup rules out most lines
        # (a method call on each would cost 8 M instructions a pass over the dumps).
        if lowered_words and lowered_words[0] in _INLINE_LINK_FIRST_WORDS:
            colon = line.find(":", 0, INLINE_LINK_MAX_LABEL)
            if colon > 0 and marker_key(line[:colon]) in INLINE_LINK_LABELS:
                return (CHROME, count, REASON_INLINE_LINK)
        if lowered_words and lowered_words[0] in _TAG_FIRST_WORDS and _is_tag_line(line, lowered_words, stopwords):
            return _TAG_LINE
        # The noun first: one set lookup rules out nearly every line before the call.
        if len(lowered_words) > 3 and lowered_words[1] in COMMENT_NOUNS and is_comment_count_heading(lowered_words):
            return _THREAD_MARKER
        sample = lowered_words[:STOPWORD_SAMPLE_WORDS]
    else:
        sample = lowered.split(None, STOPWORD_SAMPLE_WORDS)[:STOPWORD_SAMPLE_WORDS]
    if count <= MAX_SIGNATURE_WORDS and line[0] in _DASHES and "(@" in line:
        # "— Jane Doe (@jane) July 14, 2023": a quoted tweet's signature ends the quote, as
        # a short sentence ends a paragraph, and stays with the run it ends.
        return (SENTENCE, count, None)
    if count < NEAR_MIN_WORDS:
        return (_short_kind(line), count, None)
    if stopwords:
        # Distinct stopwords: a set intersection runs in C; "the" twice counts once, which
        # the thresholds allow for. Built from the sample's side, it looks up 16 words at
        # most, where a list argument would be copied into a set first.
        ratio = len(set(sample).intersection(stopwords)) / len(sample)
    else:
        ratio = 1.0  # no stoplist for this language (or CJK): length and punctuation decide
    if count < PROSE_MIN_WORDS or ratio < PROSE_MIN_STOPWORD_RATIO:
        if line[-1] in SENTENCE_END and ratio >= PROSE_MIN_STOPWORD_RATIO:
            return (SENTENCE, count, None)  # "He declined to comment."
        return (NEAR, count, None)
    if line[-1] in TERMINAL or _ends_before_a_link(line):
        return (PROSE, count, None)
    # No full stop: a paragraph cut short, or a menu flattened into one long line
    # ("Showcase Annual Report Card Showcase Best of Breed ..."), whose words are capitalised.
    if count >= PROSE_WITHOUT_STOP_WORDS:
        head = line.split(None, STOPWORD_SAMPLE_WORDS)[:STOPWORD_SAMPLE_WORDS]
        if sum(map(str.istitle, head)) <= MAX_CAPITALISED_SHARE * len(head):
            return (PROSE, count, None)
    return (NEAR, count, None)
