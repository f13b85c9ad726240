"""Whole-text repairs: each takes the text and returns it mended, at C speed.

Each fix is a plain ``str -> str`` function, usable on its own:

>>> from cleantext import fix
>>> fix.quotes("“Hello,” she said.")
'"Hello," she said.'

Policy on dashes and ellipses: they are kept as they are. An em dash, an en dash and
"…" carry meaning that a straight "-" or "..." loses, and no scraper breaks on them.
"""

from __future__ import annotations

import unicodedata
from itertools import compress
from typing import Callable

import ftfy

from . import entities, patterns
from .pipeline import text_fix

# Only the encoding repairs: ftfy's other fixers (uncurling quotes, widths, ligatures,
# line breaks, normal form) are ours to decide, so ftfy must not do them behind our back.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


@text_fix
def line_breaks(text: str) -> str:
    """Turn every kind of line break (CRLF, CR, NEL, U+2028, U+2029, VT, FF) into "\\n".

    This runs first: ftfy and the line filters then see one kind of line break only.
    """
    if not any(brk in text for brk in patterns.LINE_BREAK_CHARS):
        return text
    return patterns.LINE_BREAK.sub("\n", text)


# Widths that tools wrap text at: html2text's default is 78, text browsers' about 79,
# e-mail's 72 to 76.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 60, 120
# A wrapped line ends at most this far short of the width (a long next word), and a text is
# taken as wrapped only with this many such lines...
WRAP_SLACK = 25
MIN_WRAPPED_LINES = 5
# ...and at most one character in this many in lines longer than the width, besides lines
# that no wrapping breaks (addresses, code).
OVER_WIDTH_ONE_IN = 10
MAX_WORD_CHARS = 12  # on average: prose has a space every six characters or so
# The first look is at this many characters from the middle of the text, where the article
# usually is: a page's paragraphs there are lines longer than any width (most texts).
WRAP_SAMPLE_CHARS = 4096
MAX_UNWRAP_ROUNDS = 3


@text_fix(whole_text=True)
def hard_wraps(text: str) -> str:
    """Rejoin paragraphs that a tool wrapped at a fixed width: html2text's 78 columns, a text browser's, an e-mail's.

    A wrapped paragraph reads as a run of short lines, which the classifier takes for a
    menu. Wrapping is greedy: a line ends where the next word would not fit. The width is
    the one (60 to 120 columns) at which most pairs of lines break that way; a text is
    wrapped when at least five pairs do and little of it stands in longer lines. Each such
    pair is joined, unless the next line starts a list item, a heading, a quote or a table
    row. Text in wide characters (CJK) is measured in columns too, as w3m measures it (two
    a character; lynx counts one), and a break between two characters of Chinese or
    Japanese, which have no spaces, is joined without one.
    """
    sample = _sample_lines(text)
    if len(sample) < MIN_WRAPPED_LINES or _mostly_over_width(sample, MAX_WRAP_WIDTH):
        return text
    original = text
    for _ in range(MAX_UNWRAP_ROUNDS):
        lines = text.split("\n")
        wrap = _wrap_width(lines)
        if wrap is None:
            return text
        text = _unwrap(lines, *wrap)
    # Joined three times and still wrapped at some other width: the lines hold no width
    # of their own. Left as they were, which a second run decides the same way.
    return text if _wrap_width(text.split("\n")) is None else original


def _sample_lines(text: str) -> list[str]:
    """Return the whole lines within WRAP_SAMPLE_CHARS of the text's middle."""
    middle = len(text) // 2
    return text[max(0, middle - WRAP_SAMPLE_CHARS // 2) : middle + WRAP_SAMPLE_CHARS // 2].split("\n")[1:-1]


#: How a line's width is measured: ``len``, or ``_columns`` (a wide character takes two).
Measure = Callable[[str], int]


def _columns(line: str) -> int:
    """Return the columns a text browser gives the line: a wide character (CJK) takes two."""
    return len(line) if line.isascii() else len(line) + len(patterns.WIDE_CHAR.findall(line))


def _mostly_over_width(lines: list[str], width: int, columns: Measure = len) -> bool:
    """Return whether more than one character in OVER_WIDTH_ONE_IN stands in lines longer than ``width`` that wrapping would have broken.

    ``columns`` measures a line: ``len`` for the first look at a sample (cheap, on every
    text), the measure the width was found in for the test of the whole text.
    """
    limit = sum(map(columns, lines))
    over = 0
    # The long lines are picked at C speed, and the count stops at the limit: most texts
    # are not wrapped, and their first long lines answer.
    for line in compress(lines, map(width.__lt__, map(columns, lines))):
        # No wrapping breaks an address ("https://…", a Markdown link's "](/news/…)") or a
        # line of code with a space every dozen characters or fewer (a page's scripts);
        # text of wide characters it breaks anywhere.
        if "://" not in line and "](" not in line and (
            line.count(" ") * MAX_WORD_CHARS >= len(line) or (not line.isascii() and patterns.WIDE_CHAR.search(line))
        ):
            over += columns(line) * OVER_WIDTH_ONE_IN
            if over > limit:
                return True
    return False


def _next_word_columns(line: str, columns: Measure) -> int:
    """Return the columns of what a greedy wrap would have had to fit first of ``line``: its first word, or one character of Chinese or Japanese."""
    word = line.split(None, 1)[0]
    if word.isascii():  # most lines: no pattern to try
        return len(word)
    return columns(word[0]) if patterns.SPACELESS_WIDE_CHAR.match(word) else columns(word)


def _wrap_width(lines: list[str]) -> tuple[int, Measure] | None:
    """Return the width the lines were wrapped at and how it was measured, or None when they were not wrapped.

    Text browsers differ: w3m gives a CJK character two columns, lynx one. Text with wide
    characters is measured both ways, and the way more lines break greedily is taken. In
    columns, only breaks inside a run of Chinese or Japanese count: a sidebar of titles,
    each cut at a number of characters and ending in Latin letters, is no wrapped text.
    """
    found = _greedy_width(lines, len)
    if any(not line.isascii() and patterns.WIDE_CHAR.search(line) for line in lines):
        in_columns = _greedy_width(lines, _columns, inside_runs=True)
        if in_columns and (not found or in_columns[1] > found[1]):
            found = in_columns
    if found is None or _mostly_over_width(lines, found[0], found[2]):
        return None
    return found[0], found[2]


def _greedy_width(
    lines: list[str], columns: Measure, *, inside_runs: bool = False
) -> tuple[int, int, Measure] | None:
    """Return the width at which most pairs of lines break greedily, their count and ``columns``; None under MIN_WRAPPED_LINES.

    With ``inside_runs``, only pairs that break between two characters of Chinese or
    Japanese count.
    """
    widths = list(map(columns, lines))
    # How many pairs break greedily at each width, by a difference array over the widths.
    counts = [0] * (MAX_WRAP_WIDTH - MIN_WRAP_WIDTH + 2)
    for length, line, following in zip(widths, lines, lines[1:]):
        if not line or not following or following.isspace() or patterns.LINE_OF_ITS_OWN.match(following):
            continue
        if inside_runs and not (
            patterns.SPACELESS_WIDE_CHAR.match(line[-1]) and patterns.SPACELESS_WIDE_CHAR.match(following.lstrip())
        ):
            continue
        lowest = max(length, MIN_WRAP_WIDTH)
        highest = min(length + _next_word_columns(following, columns), length + WRAP_SLACK, MAX_WRAP_WIDTH)
        if lowest <= highest:
            counts[lowest - MIN_WRAP_WIDTH] += 1
            counts[highest - MIN_WRAP_WIDTH + 1] -= 1
    best, width, running = 0, None, 0
    for offset, change in enumerate(counts[:-1]):
        running += change
        if running > best:
            best, width = running, MIN_WRAP_WIDTH + offset
    return None if width is None or best < MIN_WRAPPED_LINES else (width, best, columns)


def _unwrap(lines: list[str], width: int, columns: Measure) -> str:
    """Join each line that broke greedily at ``width``, as ``columns`` measures lines, with the next one."""
    # Pieces joined once at the end: a paragraph of thousands of lines, each appended to
    # the string of those before it, would cost the square of its length.
    parts: list[str] = []
    previous, previous_columns = None, 0
    for line in lines:
        length = columns(line)
        if (
            previous and line and not line.isspace()
            and width - WRAP_SLACK <= previous_columns <= width < previous_columns + 1 + _next_word_columns(line, columns)
            and not patterns.LINE_OF_ITS_OWN.match(line)
        ):
            line = line.strip()
            # Between two characters of Chinese or Japanese the break was inside a run of
            # text, which has no spaces: joined as it was.
            joint = (
                "" if patterns.SPACELESS_WIDE_CHAR.match(previous[-1]) and patterns.SPACELESS_WIDE_CHAR.match(line)
                else " "
            )
            parts += (joint, line)
        else:
            if previous is not None:
                parts.append("\n")
            parts.append(line)
        previous, previous_columns = line, length
    return "".join(parts)


@text_fix
def inline_breaks(text: str) -> str:
    """Rejoin paragraphs that a flattener broke at their links and other inline elements.

    Tools that print every text node on a line of its own (BeautifulSoup's
    ``get_text("\\n")``) turn "The <a>company</a> said" into three lines, and the
    classifier then sees fragments where the page had prose. The space between the words
    stays on one side of each break: that seam (patterns.INLINE_SEAM) is what this fix
    looks for, and a text that has one also gets brackets and punctuation printed around
    a link joined back ("(", "Reuters", ") said"). A text without such a seam is left as
    it is, whatever else its lines start with; so is this fix's own output once
    fix.spaces has trimmed its lines, which makes a second run a no-op.
    """
    if " \n" not in text and "\n " not in text:  # two C-level scans: most texts stop here
        return text
    if not patterns.INLINE_SEAM.search(text):
        return text
    return patterns.INLINE_OR_PUNCTUATION_SEAM.sub("", text)


@text_fix
def markdown_links(text: str) -> str:
    """Replace Markdown links with their text and remove Markdown images: "[the report](https://…)" becomes "the report".

    Converters from HTML to Markdown print every link of a page with its address, and a
    menu of links then reads as long lines of text. An image goes with its alt text, as
    on the HTML path: alt text is not what the page shows. A line is rewritten only when
    no bracket is left in it afterwards (an image inside a link goes first, then the
    link); a line whose brackets are not all links ("[1] See [the report](…)") is left as
    it is, so that a second run finds nothing more to do.
    """
    if "](" not in text:  # a Markdown link needs it: most texts stop here
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "](" in line:
            plain = patterns.MARKDOWN_LINK.sub(r"\1", patterns.MARKDOWN_IMAGE.sub("", line))
            if "[" not in plain and "]" not in plain:
                # Trimmed, as fix.spaces would: an image's place at either end of the line
                # would leave a space there, which fix.inline_breaks reads as a seam.
                lines[i] = plain.strip()
    return "\n".join(lines)


@text_fix
def link_numbers(text: str) -> str:
    """Remove the numbers text browsers print before each link: "[12]Home" becomes "Home".

    ``lynx -dump`` numbers every link of a page for the list of addresses it
    prints at the end; in the text, "[77]Share this on WhatsApp" no longer reads as a share
    line, nor "[5]Home" as a menu entry. A number is taken only at a word's start and right
    before a letter, a digit or a quote: a footnote mark after its word ("1950.[3]") or
    before a space ("[3] Smith, J.") stays.
    """
    return patterns.LINK_NUMBER.sub("", text)


@text_fix
def encoding(text: str) -> str:
    """Repair mojibake and HTML entities left in scraped text.

    A fast screen decides whether ftfy runs at all: clean ASCII and clean UTF-8 prose never
    pay for it. Entities ("&amp;", "&#8217;") are expanded until none is left, so that a
    second run finds nothing to do (ftfy alone is not idempotent on "&amp;amp;").

    The two repairs repeat while one uncovers work for the other (entities that spell
    mojibake, "&#195;&#169;"). An entity that expands to an invisible character leaves
    nothing, so that it cannot hide the halves of another ("&am&#8203;p;").
    """
    if text.isascii() and "&" not in text:
        return text
    original = text
    for _ in range(_MAX_ENCODING_ROUNDS):
        before = text
        text = entities.unescape(text)
        if patterns.MOJIBAKE_SCREEN.search(text) or patterns.C1_CONTROL.search(text):
            text = ftfy.fix_text(text, _FTFY_CONFIG)
        if text == before:
            break
    # A repair can yield a line break ("&#13;"): give it the one form the rest expects.
    return line_breaks(text) if text != original else text


# Real text needs two rounds at most; the bound keeps a pathological input from cycling.
_MAX_ENCODING_ROUNDS = 4


@text_fix
def invisible(text: str) -> str:
    """Remove invisible and control characters: zero-width spaces, soft hyphens, BOMs, C0/C1.

    Lone surrogates become U+FFFD, so the text always encodes as UTF-8. Zero-width joiners
    and non-joiners stay (emoji sequences and Persian or Indic words need them), and so do
    the bidi marks.
    """
    # Every character this removes is "Other" to Unicode (Cc, Cf, Cs, Cn), which
    # str.isprintable rejects: a text it accepts, line breaks aside, has none. That test
    # runs at a table lookup a character, twice as fast as the pattern below; it fails on
    # the kept format characters (ZWJ, bidi marks) and on tabs and no-break spaces, which
    # fix.spaces, running first, has taken out.
    if text.replace("\n", " ").isprintable() or not patterns.INVISIBLE_SCREEN.search(text):
        return text
    text = patterns.SURROGATE.sub("\ufffd", text)
    return patterns.INVISIBLE.sub("", text)


@text_fix
def unicode_form(text: str) -> str:
    """Compose the text to Unicode NFC, so that "é" is one character wherever it came from."""
    # The test first: it is linear even on runs of marks (out of order, it answers no at
    # the first pair; in order, the sort that checks them has nothing to move), and most
    # texts are NFC already, so the search for long runs of marks is seldom needed.
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    # CPython's own normalisation is linear unless it must reorder a long run of marks:
    # a run already in canonical order (NFD, a test as linear as the one above) has
    # nothing to move, like a flood of one accent.
    if any(not unicodedata.is_normalized("NFD", run) for run in patterns.LONG_MARK_RUN.findall(text)):
        return _nfc_of_long_mark_runs(text)
    return unicodedata.normalize("NFC", text)


def _nfc_of_long_mark_runs(text: str) -> str:
    # CPython puts combining marks in canonical order with an insertion sort, quadratic on
    # a long run of marks of mixed classes (a "Zalgo" line). Canonical ordering is a stable
    # sort by class: each long run is decomposed and sorted here, in linear time, and
    # normalising the result to NFC finds little to move. (The base character before a
    # run may decompose into a few marks of its own: moving those past the run is linear.)
    pieces = []
    last = 0
    for match in patterns.LONG_MARK_RUN.finditer(text):
        pieces.append(text[last : match.start()])
        pieces.append(_canonical_order(match.group()))
        last = match.end()
    pieces.append(text[last:])
    return unicodedata.normalize("NFC", "".join(pieces))


def _canonical_order(marks: str) -> str:
    """Return a run of marks decomposed and stably sorted by combining class, as NFD would."""
    decompositions = {ord(c): unicodedata.normalize("NFD", c) for c in set(marks)}
    if any(len(d) > 1 for d in decompositions.values()):
        marks = marks.translate(decompositions)
    classes = {c: unicodedata.combining(c) for c in set(marks)}
    if 0 in classes.values() or len(classes) > MAX_MARKS_TO_SORT_BY_DELETION:
        return _ordered_between_starters(marks)  # (a spacing mark, class 0, stops the sort)
    # A flood of a few distinct marks: each class's marks, in order, are the run with every
    # other mark deleted, a few C-level passes instead of an object per character.
    ordered = []
    for klass in sorted(set(classes.values())):
        kept = marks
        for char, other in classes.items():
            if other != klass:
                kept = kept.replace(char, "")
        ordered.append(kept)
    return "".join(ordered)


# Deletion makes (distinct marks) x (classes - 1) passes: at most 30 with 6 marks.
MAX_MARKS_TO_SORT_BY_DELETION = 6


def _ordered_between_starters(marks: str) -> str:
    # Character by character: marks of class 0 stay where they are, the runs between them sort.
    ordered: list[str] = []
    run: list[str] = []
    for char in marks:
        if unicodedata.combining(char):
            run.append(char)
            continue
        ordered.extend(sorted(run, key=unicodedata.combining))
        run = []
        ordered.append(char)
    ordered.extend(sorted(run, key=unicodedata.combining))
    return "".join(ordered)


# A plain space where an exotic one was can complete a mojibake pair ("Ã" and a no-break
# space is "à" in the wrong encoding), so fix.encoding looks again; no other fix treats
# spaces differently from other characters that compose with nothing.
@text_fix(feeds=["fix.encoding", "fix.spaces"])
def spaces(text: str) -> str:
    """Turn no-break and other exotic spaces into plain ones; trim lines; one blank line at most.

    Runs of spaces inside a line become one space; spaces at either end of a line go; three
    or more line breaks become one blank line.
    """
    for space in patterns.EXOTIC_SPACE_CHARS:
        if space in text:
            text = text.replace(space, " ")
    if "  " in text:
        text = patterns.SPACE_RUN.sub(" ", text)
    if " \n" in text or text.endswith(" "):
        text = patterns.SPACES_AT_LINE_END.sub("", text)
    if "\n " in text or text.startswith(" "):
        text = patterns.SPACES_AT_LINE_START.sub("", text)
    if "\n\n\n" in text:
        text = patterns.BLANK_LINE_RUN.sub("\n\n", text)
    return text


# Straight quotes are ASCII: they end no line, hide nothing, compose with nothing and make
# no entity. Only ftfy weighs them, in deciding whether a stretch of text is mojibake.
@text_fix(feeds=["fix.encoding"])
def quotes(text: str) -> str:
    """Straighten curly quotes and primes: ‘ ’ ‚ ‛ ′ become ' and “ ” „ ‟ ″ become ".

    Guillemets (« ») stay: they are the quotation marks of several languages, not a
    typographic variant of the straight ones. Skip this fix to keep curly quotes.
    """
    if text.isascii():
        return text
    for curly, straight in patterns.CURLY_QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text
