"""Filters that take something out of the body and keep it as metadata: title, byline, date, captions."""

from __future__ import annotations

import functools
import itertools

from . import dates as date_lines
from . import lexicon, patterns
from .model import Block, Document
from .pipeline import document_filter, matching_lines, screened
from .text import ends_sentence, lines_opening_with, words

MAX_TITLE_CHARS = 250
MAX_BYLINE_NAME_WORDS = 12
# An image caption printed twice in a row (alt text, then figcaption) is at least this long.
MIN_DOUBLED_CAPTION_WORDS = 6
# Labels that open a caption, as sites print them for screen readers ("Image caption The
# mayor at ..."). Case as printed: "Caption contest winners" has no label.
CAPTION_LABELS = ("Image caption ", "Media caption ", "Photo caption ", "Video caption ")
# The first five characters of every caption label and of every word patterns.CREDIT_LINE
# opens with ("Foto " for "Foto von", "Bilde" for "Bilder"): one slice and one set lookup
# rule out nearly every line. Each further test on every line costs about 1 % of a pass.
CREDIT_LINE_WORDS = (
    "Photo", "Photos", "Photograph", "Photographs", "Picture", "Pictures", "Image", "Images",
    "Illustration", "Illustrations", "Foto", "Fotos", "Fotografie", "Bild", "Bilder",
)
_LABEL_HEADS = frozenset(
    [label[:5] for label in CAPTION_LABELS] + [(word + " ")[:5] for word in CREDIT_LINE_WORDS]
)
# A date this many kept blocks from a byline is the article's date.
BYLINE_DATE_DISTANCE = 2
REASON_BYLINE = "byline"
REASON_DATE_LINE = "date line"
# An author box repeats the byline's name: alone on a line, or opening a biography of at
# most this many words that ends a sentence ("Phil Helsel is a reporter for NBC News.").
REASON_AUTHOR_BOX = "author box"
MAX_AUTHOR_BIO_WORDS = 60
# Words that join the names of a byline with several authors.
_AUTHOR_JOINERS = (" and ", " und ", " et ", " y ", " e ", " & ")


@document_filter
def bylines(doc: Document) -> Document:
    """Take byline lines ("By Web Desk", "Von Anna Schmidt", "Par Jean Dupont") into metadata["author"].

    The name after "By" (or "Von", "Par", "Por", "Di", "Author:") must be capitalised
    words, optionally joined by "and"/"und"/"et"/"y"/"e" and followed by an agency or role
    after a comma or bar. An opener alone on its line ("By", "Author:") takes the next line
    with it when the two read as a byline: scrapers set a linked name apart. A sentence
    stays: "By the end of the year, prices rose."

    The author box repeats the name: a line that is the name alone, or a biography that
    starts with it and ends a sentence ("Phil Helsel is a reporter for NBC News."), goes
    as "author box". Only full names (two words or more) count: "Elba" may be a place.

    >>> from cleantext.model import Document
    >>> doc = bylines(Document.from_text("By Jane Doe and John Roe, Reuters\\n\\nText."))
    >>> doc.metadata["author"], doc.removed[0].reason
    ('Jane Doe and John Roe, Reuters', 'byline')
    """
    author_of = functools.cache(byline_author)  # each distinct line read once
    after: dict[int, Block] | None = None  # the next kept block of each, by id: built at the first bare opener
    for block in screened(doc, _may_be_byline):
        author = author_of(block.text)
        name_line = None
        if not author and _is_bare_prefix(block.text):
            # "By" on a line of its own, the name on the next (a link the scraper set apart).
            if after is None:
                kept = [b for b in doc.blocks if b.removal is None]
                after = dict(zip(map(id, kept), kept[1:]))
            name_line = after.get(id(block))
            if name_line is not None and name_line.removal is None:
                author = _split_byline_author(block.text, name_line.text, author_of)
            if not author:
                name_line = None
        if author and block.drop(bylines.step_name, REASON_BYLINE):
            block.role = "byline"
            doc.metadata.setdefault("author", author)
            if name_line is not None and name_line.drop(bylines.step_name, REASON_BYLINE):
                name_line.role = "byline"
    author = doc.metadata.get("author")
    if author:
        _drop_author_box(doc, _author_names(author))
    return doc


def _author_names(author: str) -> tuple[str, ...]:
    """Return the full names in a byline's author ("Jane Doe and John Roe, Reuters"): two words or more each."""
    tail = patterns.BYLINE_TAIL.search(author)
    names = [author[: tail.start()] if tail else author]
    for joiner in _AUTHOR_JOINERS:
        names = [part for name in names for part in name.split(joiner)]
    return tuple(name.strip() for name in names if len(name.split()) >= 2)


def _drop_author_box(doc: Document, names: tuple[str, ...]) -> None:
    """Drop the kept lines that repeat an author's name alone or open a biography with it."""
    if not names:
        return
    # The first letter first: a set lookup is cheaper than startswith with a tuple.
    firsts = {name[0] for name in names}
    # Not the first line: it is the page's title, which a blog may name after its author.
    blocks = itertools.islice(doc.blocks, 1, None)
    boxed = [block for block in blocks if block.text[:1] in firsts and block.text.startswith(names)]
    for block in boxed:
        text = block.text
        rest = text[len(next(name for name in names if text.startswith(name))):]
        # drop() leaves a block an earlier filter took alone (the byline itself).
        if not rest.strip(" .,:") or (
            rest[0] == " " and ends_sentence(text) and text.count(" ") < MAX_AUTHOR_BIO_WORDS
        ):
            block.drop(bylines.step_name, REASON_AUTHOR_BOX)


def _may_be_byline(lines: list[str]) -> list[int]:
    # Necessary for byline_author: its first word is an opener.
    return lines_opening_with(lines, lexicon.BYLINE_OPENERS, patterns.MAX_BYLINE_CHARS)


def byline_author(line: str) -> str | None:
    """Return the author named by a byline line, or None if the line is not a byline."""
    if len(line) > patterns.MAX_BYLINE_CHARS or line.endswith(("!", "?", ":")):
        return None
    first = patterns.FIRST_WORD.match(line)  # a cheap look before the prefix pattern
    if first is None or first.group().casefold() not in lexicon.BYLINE_OPENERS:
        return None
    prefix = patterns.BYLINE_PREFIX.match(line)
    if not prefix:
        return None
    author = line[prefix.end():].strip()
    author = _without_date(author)
    tail = patterns.BYLINE_TAIL.search(author)
    names = author[: tail.start()] if tail else author
    name_words = names.split()
    if not name_words or len(name_words) > MAX_BYLINE_NAME_WORDS:
        return None
    if not name_words[0][0].isupper():
        return None
    for word in name_words:
        bare = word.strip(".,'’\"")
        if bare and not (bare[0].isupper() or bare.casefold() in lexicon.NAME_PARTICLES):
            return None
    # A trailing period is allowed after an initial or "Jr"; otherwise it is a sentence.
    if author.endswith(".") and not _ends_with_initial(author):
        return None
    return author.rstrip(" ,|-–—")


# Words that join a date to the name in a byline: "By Jane Doe on July 14, 2023",
# "Von Anna Schmidt am 14. Juli 2023", "Par Jean Dupont le 14 juillet 2023", with a verb
# first or not ("By Jane Doe published on ...", "Von Anna Schmidt veröffentlicht am ...").
# The forms with a verb come first: the plain joiner would leave the verb in the name.
_DATE_JOINERS = (
    " published on ", " posted on ", " updated on ", " veröffentlicht am ", " publiziert am ",
    " aktualisiert am ", " publié le ", " mis à jour le ", " publicado el ", " publicado em ",
    " pubblicato il ", " on ", " am ", " le ", " el ", " il ", " em ",
)


def _without_date(author: str) -> str:
    # The name before a joiner whose rest of the line is a date and nothing else.
    for joiner in _DATE_JOINERS:
        cut = author.find(joiner)
        if cut > 0 and date_lines.is_date_line(author[cut + len(joiner):]):
            return author[:cut]
    return author


def _ends_with_initial(text: str) -> bool:
    last = text.split()[-1].rstrip(".")
    return len(last) == 1 or last in ("Jr", "Sr")


def _is_bare_prefix(line: str) -> bool:
    # "By", "Author:", "Von": a byline's opening words and nothing else.
    return line.rstrip(" :").casefold() in _BYLINE_PREFIX_SET


_BYLINE_PREFIX_SET = frozenset(lexicon.BYLINE_PREFIXES)
# A bare opener is a prefix and spaces or colons after it: one longer than the longest
# prefix ends in " " or ":" ("Reporting by :"), so a cheap test rules most lines out.
_MAX_BYLINE_PREFIX_CHARS = max(map(len, lexicon.BYLINE_PREFIXES))


def _split_byline_author(opener: str, following: str, author_of=byline_author) -> str | None:
    """Return the author of a bare opener and the line after it, read as one byline; else None.

    A following line that is a byline itself ("By" / "By Jane Doe") is one of its own.
    """
    if author_of(following):
        return None
    return author_of(f"{opener} {following}")


def _split_byline_unsettled(doc: Document, lines: list[str]) -> bool:
    # Later filters take lines out: a bare opener and a name with a date line between them
    # are side by side in the output, and a run over it would take them. The pipeline asks
    # this, over the lines it kept, and then runs again over its output.
    return any(
        (len(opener) <= _MAX_BYLINE_PREFIX_CHARS or opener[-1:] in (" ", ":"))
        and _is_bare_prefix(opener) and _split_byline_author(opener, following)
        for opener, following in zip(lines, lines[1:])
    )


bylines.unsettled = _split_byline_unsettled


@document_filter
def captions(doc: Document) -> Document:
    """Take image captions out of the body: lines with a credit or a caption label, and captions printed twice.

    A credit is "— Twitter/@x", "Photo: Reuters", "(AP Photo/Evan Vucci)", "Getty Images"
    or "Image credit: ..." at the end of a line. A line that opens with a caption's label
    ("Image caption ...", "Media caption ...", the labels screen readers get) is one, and
    so is a caption printed twice in a row (as scrapers do with alt text and figcaption),
    and a line that is only a credit ("Photograph by Ed Marshall", "Foto von Anna Schmidt").
    Every copy leaves the body; one goes to metadata["captions"]. A sentence that mentions
    a photo stays: "Thanks to @alice for the photo."
    """
    kept = [block for block in doc.blocks if block.removal is None]
    texts = [block.text for block in kept]
    caption_keys = _doubled(texts)
    caption_keys.update(
        texts[i] for i in patterns.credit_candidates(texts)
        if patterns.ends_with_credit(texts[i]) and not (i == 0 and _names_an_agency_site(texts[0]))
    )
    labelled = {
        text for text in texts
        if text[:5] in _LABEL_HEADS and (text.startswith(CAPTION_LABELS) or patterns.CREDIT_LINE.fullmatch(text))
    }
    if texts and texts[0] in labelled and not texts[0].startswith(CAPTION_LABELS):
        labelled.discard(texts[0])  # the page's title ("Photos by Jane Doe | Site"), as in _doubled
    caption_keys.update(labelled)
    if not caption_keys:
        return doc
    for block in [block for block in kept if block.text in caption_keys]:
        if block.drop(captions.step_name, "image caption"):
            block.role = "caption"
            found = doc.metadata.setdefault("captions", [])
            if block.text not in found:
                found.append(block.text)
    return doc


def _names_an_agency_site(line: str) -> bool:
    """Return whether a page's first line is a title whose site is an agency ("Headline - Reuters", "... | AP")."""
    parts = patterns.TITLE_SEPARATOR.split(line)
    return len(parts) > 1 and parts[-1].strip() in patterns.CREDIT_AGENCIES


def _doubled(texts: list[str]) -> set[str]:
    # Lines printed twice in a row, long enough to be a caption. Not the first line's
    # text: that is the page's title, and a headline printed twice (the page's and a share
    # overlay's, once the date and the share button between them are gone) is no caption.
    doubled = {
        key for key, following in zip(texts, texts[1:])
        if key == following and len(words(key)) >= MIN_DOUBLED_CAPTION_WORDS
    }
    if doubled and texts[0] in doubled:
        doubled.discard(texts[0])
    return doubled


# Later filters can put two copies side by side ("A B A" once B is gone): the pipeline
# asks this, over the lines it kept, whether a run over its output would find a caption.
captions.unsettled = lambda doc, lines: bool(_doubled(lines))


@document_filter
def dates(doc: Document) -> Document:
    """Take lines that are only a date or time ("July 14, 2023", "Updated 3 hours ago", "5 min read") out of the body.

    The article's own date goes to metadata["date"] as ISO 8601: the date beside the
    byline if there is one, else the first date after the article has begun (a date above
    everything else is the page header's date, usually today's). A sentence that begins
    with a date stays: "March 3, 2021 was the day the vote was held."
    """
    blocks = doc.blocks
    positions = [j for j, block in enumerate(blocks) if block.removal is None]
    texts = [blocks[j].text for j in positions]
    # Only a short line can be a date line. One scan of the short lines finds those with
    # a digit; of the rest only a relative time ("an hour ago") can be a date line, and
    # its first word tells.
    short = [k for k, text in enumerate(texts) if len(text) <= patterns.MAX_DATE_CHARS]
    short_texts = [texts[k] for k in short]
    # A page may repeat a line thousands of times: each test runs once per distinct text.
    may_be_relative = functools.cache(date_lines.may_be_relative)
    is_date_line = functools.cache(date_lines.is_date_line)
    with_digit = {short[i] for i in matching_lines(short_texts, patterns.DIGIT_LINE)}
    maybe = with_digit | {
        short[i] for i in _starts_like_relative_time(short_texts)
        if short[i] not in with_digit and may_be_relative(short_texts[i])
    }
    seen_text = False
    header: str | None = None
    after_text: str | None = None
    near_byline: str | None = None
    previous = -1
    for k in sorted(maybe):
        if k > previous + 1:
            seen_text = True  # a line between that cannot be a date line
        previous = k
        if not is_date_line(texts[k]):
            seen_text = True
            continue
        i = positions[k]
        block = blocks[i]
        if not block.drop(dates.step_name, REASON_DATE_LINE):
            continue
        block.role = "date"
        if header is not None and not (seen_text and (after_text is None or near_byline is None)):
            continue  # every date this one could be is chosen already: no need to read it
        iso = date_lines.parse_date(block.text)
        if iso is None:
            continue
        if near_byline is None and seen_text and _near_byline(blocks, i):
            near_byline = iso
        if seen_text and after_text is None:
            after_text = iso
        if header is None:
            header = iso
    chosen = near_byline or after_text or header
    if chosen and "date" not in doc.metadata:
        doc.metadata["date"] = chosen
    return doc


def _starts_like_relative_time(lines: list[str]) -> list[int]:
    # Necessary for may_be_relative: its first word is an opener.
    return lines_opening_with(lines, lexicon.RELATIVE_TIME_OPENERS, patterns.MAX_DATE_CHARS)


def _near_byline(blocks: list[Block], index: int) -> bool:
    # Beside means only removed lines (chrome), other date lines or captions with a credit
    # (take.captions runs later) in between: a date with a paragraph of text between it
    # and the byline is some other date.
    for step in (-1, 1):
        j = index + step
        for _ in range(BYLINE_DATE_DISTANCE):
            if not 0 <= j < len(blocks):
                break
            block = blocks[j]
            if block.role == "byline":
                return True
            if (
                block.removal is None
                and not date_lines.is_date_line(block.text)
                and not patterns.ends_with_credit(block.text)
            ):
                break
            j += step
    return False


@document_filter
def title(doc: Document) -> Document:
    """Take the headline, the first kept line when it stands alone and reads like a headline, as the title.

    A headline is one line followed by a paragraph break, with no sentence-ending period
    and under 250 characters, and the text goes on after it. The first line of a letter or
    a one-paragraph text stays in the body.
    """
    kept = [b for b in doc.blocks if b.removal is None]
    if len(kept) < 2 or any(b.role == "title" for b in kept):
        return doc
    if _stands_as_title(doc.blocks, kept[0], kept[1]):
        kept[0].role = "title"
    return doc


def _stands_as_title(blocks: list[Block], first: Block, second: Block) -> bool:
    text = first.text
    if len(text) > MAX_TITLE_CHARS or text.endswith((".", ":", ",", ";")):
        return False
    if ends_sentence(text) and not text.endswith(("?", "!")):
        return False
    return _paragraph_break_between(blocks, first, second) and any(c.isalpha() for c in text)


def _title_unsettled(doc: Document, lines: list[str]) -> bool:
    # A title needs text after it: when later filters took all of that out, a run over
    # the output sees one line, no title, and judges that line as body. And a first line
    # that had no title's place (a notice above it, since removed) may have it now.
    if len(lines) == 1:
        return doc.title is not None
    if doc.title is not None or len(lines) < 2:
        return False
    kept = [b for b in doc.blocks if b.removal is None][:2]
    return _stands_as_title(doc.blocks, kept[0], kept[1])


title.unsettled = _title_unsettled


def _paragraph_break_between(blocks: list[Block], first: Block, second: Block) -> bool:
    start = next(i for i, b in enumerate(blocks) if b is first)
    for block in blocks[start + 1 :]:
        if block.paragraph_start:
            return True
        if block is second:
            return False
    return False
