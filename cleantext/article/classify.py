"""Classify the lines of a page dump as article or boilerplate.

Each pass is linear in the number of lines:

1. Each line alone (:func:`~cleantext.article.features.judge_line`): prose, a short
   sentence, a fragment, a short line, a known notice, or a heading that ends the article
   ("Comments", "Share this") or opens a links box ("Related", "Read more").
2. Context. Every line gets a score: prose earns its word count, a short line costs a
   little, a notice costs more; the headline, where it repeats the page title, earns a
   bonus, since the article usually starts right after it. End headings are walls; a links
   box is a wall too, unless two prose lines in a row follow it closely (an inline box, the
   article goes on). In each section between walls the densest run (Kadane) is found, and
   the article is the *first* run that is dense enough: comments and related stories come
   after the article and may hold more prose than it does. A run with the headline in it
   is dense enough when more than a standfirst follows the headline, however long the
   comment thread after it; and a comment thread's own heading ("Leave a Reply") keeps
   the runs after it from setting the bar. When no run is dense enough (lyrics, a poem,
   an agenda: short lines), the article is the longest section under a line that repeats
   the title: whole when it holds no prose, else its densest run.
3. The run starts at the headline when one is inside it and enough of the run follows it
   (a blog's sidebar or a ticker of teasers printed before the post goes). It is trimmed
   to start on prose (bylines, dates and captions above the first paragraph go) and to end
   on prose or a sentence, or on the last item of a numbered list that goes on from it (a
   listicle's tail). Inside it, fragments stay (subheadings, list items) and notices go;
   outside it everything goes, with a reason saying where.

Idempotence (``classify(kept) == [None] * len(kept)``): scores depend on the line alone,
and a maximum-sum run has non-negative prefix and suffix sums, which dropping negative
lines only raises. What a second pass would not see (the headline bonus, the walls) is
accounted for by :func:`_stabilise`, which trims the kept lines to their own densest run
before returning.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from itertools import compress
from typing import Sequence

from .. import patterns
from ..pipeline import matching_lines

from .features import BOX, CHROME, END, NEAR, PROSE, PROSE_MIN_WORDS, SENTENCE, SHORT, THREAD_REASON, judge_line
from .markers import is_salutation
from .language import SAMPLE_CHARS, code_of, guess_language, stopwords

__all__ = ["classify", "language_sample", "sample_lines"]

# Scores of the densest-run search, in words of prose.
PROSE_WORDS_CAP = 60          # one huge line (a table flattened) must not outweigh the page
SENTENCE_SCORE = 1.0          # a short sentence belongs to a run it ends ("He declined to comment.")
NEAR_SCORE = 0.0              # a fragment neither makes nor breaks an article
# A menu entry or label: a few between paragraphs are fine, a menu of ten ends a run unless
# 40 words of prose stand beside it. The dev split's F1 rises from -2 to -3.5 and is flat
# to -6; the held-out sets peak between -3.5 and -4.5.
SHORT_SCORE = -4.0
CHROME_SCORE = -6.0           # a notice or an ad label inside an article costs more
END_SCORE = -1e9              # nothing after "Comments" or "Related" belongs to the run before it
# The article is the first run between end markers worth this share of the densest one.
# The dev split's F1 is flat from 0.22 to 0.33 and drops outside (at 0.2 and 0.35): 0.3
# keeps a margin on both sides (at 0.25, a feedback box of 33 words took a page whose
# article had 118).
FIRST_RUN_SHARE = 0.3
# ...and at least this score: a standfirst before a share bar's "Comments" is no article.
MIN_ARTICLE_SCORE = 30.0
# The article starts at a headline inside its run when what follows the headline weighs
# this share of what precedes it. All four sets are flat from 0.1 to 0.75; at 1.0 a
# ticker of ten teasers before an article of six paragraphs kept its place.
FROM_HEADLINE_SHARE = 0.5
# The language is guessed from sentences of at least this many characters...
LANGUAGE_SAMPLE_MIN_CHARS = 50
# ...or, on a page without any, from this many of its longest lines.
LANGUAGE_SAMPLE_LINES = 4

# A links box ("Related", "Read more") in the middle of an article: the article goes on
# after it when two prose lines in a row come within BOX_LOOKAHEAD lines of its heading.
# Teasers may have a sentence each, but a headline or a date stands between two of them.
BOX_LOOKAHEAD = 8
# An end heading printed this many times is a module between paragraphs (a share bar is
# printed twice, above and below the article)...
MODULE_MIN_PRINTS = 3
# ...and its box may be longer than a links box: four teasers of kicker, headline and author.
REPEATED_BOX_LOOKAHEAD = 16

# The headline, repeated where the article begins, pulls the run towards it: worth this
# many words of prose (a short paragraph).
HEADLINE_BONUS = 40.0
# A page title part shorter than this ("Home", "News") says nothing about where the article is.
HEADLINE_MIN_CHARS = 15
# Separators between a page title's headline and the site name ("Headline - Site | Section").

# A standfirst (dek) under the headline: at most this many lines of this many words each.
STANDFIRST_MAX_LINES = 2
STANDFIRST_MIN_WORDS = 8

REASON_OUTSIDE_SHORT = "short line outside the article"
REASON_OUTSIDE_PROSE = "text outside the article"
REASON_AFTER_END = "after the end-of-article marker"
REASON_HEADLINE = "headline repeated from the page title"
REASON_BOX = "related links box"
REASON_NEXT_STORY = "another story after the article"
REASON_STANDFIRST = "standfirst above the byline or date"


def classify(
    lines: Sequence[str], *, language: str | None = None, title: str | None = None,
    heads: Sequence[int] = (), story_heads: Sequence[int] = (),
) -> list[str | None]:
    """Return, for each stripped non-empty line, None to keep it or the reason to drop it.

    ``language`` is an ISO code or a jusText stoplist name; it is guessed from the longer
    lines when not given. ``title`` is the page title when known; otherwise the first line
    is taken as a hint (dumps usually start with the page's ``<title>``): where its headline
    repeats, the article usually begins. ``heads`` are the lines right after a byline or a
    date line that an earlier filter took out, ``story_heads`` those after both.
    """
    if not lines:
        return []
    if language is None:
        language = guess_language(language_sample(lines))
    stop = stopwords(code_of(language))
    # Each distinct line is judged once: a page may repeat a line thousands of times.
    verdicts = {line: judge_line(line, stop) for line in set(lines)}
    judged = [verdicts[line] for line in lines]
    kinds = [kind for kind, _, _ in judged]
    n = len(judged)
    if PROSE not in kinds:
        # No paragraph to anchor an article on (a short note, a list, a poem): there is
        # no telling article from chrome by density, so only known notices go.
        return [reason if kind == CHROME else None for kind, _, reason in judged]
    # What each line adds to the run it is in, judged alone: prose its words, up to a cap.
    scores = [
        min(words, PROSE_WORDS_CAP) if kind == PROSE else _KIND_SCORES[kind] for kind, words, _ in judged
    ]

    lists = _announced_lists(lines, kinds)
    for end, announcer in lists.items():
        for i in range(announcer + 1, end):
            if kinds[i] == SHORT:
                scores[i] = NEAR_SCORE
    boxed = _inline_boxes(kinds, lines, verdicts)
    for i in boxed:
        # An inline box's heading is chrome, not a wall; its teasers neither make nor break
        # the run: the article goes on after them.
        scores[i] = CHROME_SCORE if judged[i][0] in (BOX, END) else NEAR_SCORE
    headlines = _headline_lines(lines, title, first_is_prose=judged[0][0] in (PROSE, SENTENCE))
    for i in headlines:
        scores[i] = HEADLINE_BONUS
    walls = [kind == END or kind == BOX for kind in kinds]
    for i in boxed:
        walls[i] = False
    ordered = sorted(headlines)
    thread = next((i for i, (_, _, reason) in enumerate(judged) if reason == THREAD_REASON), n)
    # Another story starts under each byline-and-date pair after the first (pages that load
    # the next article below this one): the article's run ends before it.
    breaks = frozenset(i for i in sorted(story_heads)[1:] if 0 < i < n)
    start, end, dense = _article_run(scores, walls, ordered, thread, breaks)
    if not dense and ordered:
        # No run of prose is an article, but a headline says where one is: lyrics, a poem
        # or an agenda are short lines under it.
        first, last = _section_under_headline(walls, ordered)
        if PROSE not in kinds[first : last + 1]:
            reasons = _reasons(judged, walls, headlines, boxed, first, last, breaks)
            _stabilise(reasons, scores, judged, title, lines)
            return reasons
        start, end = _densest_run(scores[first : last + 1])
        start, end = start + first, end + first
    start = _from_headline(scores, ordered, start, end)
    # The run starts on prose and ends on prose or a sentence: what stands between the
    # headline and the first paragraph (bylines, dates, captions) is not the article.
    while start <= end and (judged[start][0] not in (PROSE, SENTENCE) or start in headlines):
        start += 1
    standfirst = None  # a paragraph above the byline or the date: the dek, or a caption
    below_head = _below_head(judged, scores, heads, start, end)
    if below_head is not None:
        standfirst, start = start, below_head
    elif title is not None and _standfirst(judged, start):
        start = 0
    if start <= end:
        above = bisect.bisect_left(ordered, start)  # the headlines above the run's first line
        start = _lists_above(lines, lists, start, ordered[above - 1] if above else None)
    greeting = _salutation_before(lines, judged, start, end, headlines)
    if greeting is not None:
        start = greeting
    while end >= start and (scores[end] <= 0 or end in headlines):
        end -= 1
    if start <= end:
        end = _numbered_list_end(lines, judged, range(n), end)

    reasons = _reasons(judged, walls, headlines, boxed, start, end, breaks)
    if standfirst is not None and reasons[standfirst] in (REASON_OUTSIDE_PROSE, REASON_OUTSIDE_SHORT):
        reasons[standfirst] = REASON_STANDFIRST
    _stabilise(reasons, scores, judged, title, lines)
    return reasons


def _reasons(
    judged, walls: list[bool], headlines: set[int], boxed: set[int], start: int, end: int,
    breaks: frozenset[int] = frozenset(),
) -> list[str | None]:
    """Return each line's reason to go, None for the lines of run start..end that are no notice.

    Segment by segment: before the run, the run, after it up to the first wall (a headline
    is no wall: it is the headline) or the first line of another story (``breaks``), and
    from there on.
    """
    n = len(judged)
    before, after = min(start, end + 1), max(end + 1, 0)
    cut = next((i for i in range(after, n) if (walls[i] and i not in headlines) or i in breaks), n)
    after_reason = REASON_NEXT_STORY if cut < n and cut in breaks and not walls[cut] else REASON_AFTER_END
    reasons: list[str | None] = [
        reason if kind in _NOTICE_KINDS else _OUTSIDE[kind] for kind, _, reason in judged[:before]
    ]
    reasons += [
        REASON_BOX if i in boxed else (reason if kind in _NOTICE_KINDS else None)
        for i, (kind, _, reason) in enumerate(judged[start : end + 1], start)
    ]
    reasons += [reason if kind in _NOTICE_KINDS else _OUTSIDE[kind] for kind, _, reason in judged[after:cut]]
    reasons += [reason if kind in _NOTICE_KINDS else after_reason for kind, _, reason in judged[cut:]]
    for i in headlines:
        reasons[i] = REASON_HEADLINE
    return reasons


def _section_under_headline(walls: Sequence[bool], headlines: Sequence[int]) -> tuple[int, int]:
    """Return (first, last) index of the lines between a headline and the next wall: the longest such section.

    Where no run of prose is an article, these are the best guess: lyrics, a poem or an
    agenda are short lines, which cost a run as a menu's entries do, and they end at a
    heading such as "No comments" or "Related posts". Without prose they are kept whole,
    as a page without prose is; with some, its densest run is kept, as a second pass over
    them would keep it (the headline is gone then). The site's name, a part of the page
    title too, may stand above a menu: of the sections under the lines that repeat the
    title, the longest is the article's. ``headlines`` is sorted, not empty; the next
    wall after each line is found in one backward pass.
    """
    n = len(walls)
    next_wall = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_wall[i] = i if walls[i] else next_wall[i + 1]
    best = max(headlines, key=lambda h: next_wall[h + 1] - h)
    return best + 1, next_wall[best + 1] - 1


# A numbered list goes on from the article's last line: its items may be short lines (a
# product, a title) that score nothing, with up to LIST_GAP other lines between two of them
# (a link, a price). The list counts MIN_LIST_ITEMS items at least, those in the run included.
LIST_GAP = 2
MIN_LIST_ITEMS = 3


def _numbered_list_end(lines: Sequence[str], judged, order: Sequence[int], end: int) -> int:
    """Return the position in ``order`` of the last item of a numbered list that goes on from position ``end``, or ``end``.

    ``order`` holds the indexes of the lines judged (all of them, or the kept ones) and
    ``end`` the run's last position in it. The list goes on from the run when its items
    are numbered on from the last item inside the run ("5)" in the run, then "6)", "7)"),
    or from 1 right after it; a notice or a marker ends it. Listicles and shopping lists
    keep their tail; a list of other stories is under a heading ("Most read"), a marker.
    """
    expect = 1
    for position in range(end, max(end - LIST_GAP - 1, -1), -1):
        item = patterns.LIST_ITEM.match(lines[order[position]])
        if item:
            expect = int(item.group(1)) + 1
            break
    last, gap = end, 0
    for position in range(end + 1, len(order)):
        i = order[position]
        if judged[i][0] in _NOTICE_KINDS:
            break
        item = patterns.LIST_ITEM.match(lines[i])
        if item and int(item.group(1)) == expect:
            expect, last, gap = expect + 1, position, 0
        else:
            gap += 1
            if gap > LIST_GAP:
                break
    # The items inside the run count: "4)" and "5)" after a run that ends on "3)" make a list.
    return last if last != end and expect - 1 >= MIN_LIST_ITEMS else end


def _salutation_before(lines: Sequence[str], judged, start: int, end: int, headlines: set[int]) -> int | None:
    """Return the index of a letter's salutation ("Dear John,") right above the article's first paragraph, or None.

    A letter or an e-mail printed as an article opens with one; it is short, so the run
    would leave it out.
    """
    greeting = start - 1
    if 0 <= greeting and start <= end and greeting not in headlines and _is_greeting(lines[greeting], judged[greeting]):
        return greeting
    return None


def _is_greeting(line: str, judgement) -> bool:
    return judgement[0] in (SHORT, NEAR, SENTENCE) and is_salutation(line)


def language_sample(lines: Sequence[str]) -> str:
    """Return the text to guess a page's language from: its first sentences of some length.

    Menus and names carry few stopwords; lines that end a sentence are prose in the page's
    language. When there are none, the longest lines stand in.
    """
    return " ".join(lines[i] for i in sample_lines(lines))


def sample_lines(lines: Sequence[str]) -> list[int]:
    """Return the indexes of the lines :func:`language_sample` joins, in its order."""
    sample: list[int] = []
    size = 0
    for i, line in enumerate(lines):
        if len(line) >= LANGUAGE_SAMPLE_MIN_CHARS and line[-1] in ".!?。":
            sample.append(i)
            size += len(line)
            if size >= SAMPLE_CHARS:
                break
    return sample or heapq.nlargest(LANGUAGE_SAMPLE_LINES, range(len(lines)), key=lambda i: len(lines[i]))


def _announced_lists(lines: Sequence[str], kinds: list[str]) -> dict[int, int]:
    """Return the lists that a line ending with a colon announces ("You will need:", "Steps:"): {end: announcer}.

    An ingredient list or a list of steps is short lines, which cost the run as a menu's
    entries do; a menu is not announced by a colon. The list runs over short lines and
    fragments ("100 g ground almonds" has four words), up to the first line that is neither
    or that announces a list of its own. Each list is keyed by the index one past its last
    item (its announcer's, when it has no item: "Method:" right above the steps).
    """
    lists: dict[int, int] = {}
    walked = 0  # the lines before this one are walked already: each line is walked once
    # The lines ending with a colon, found by one C-level search of the page. A line given
    # with a "\n" inside shifts the count: a candidate is checked against its line.
    for i in matching_lines(list(lines), patterns.ENDS_WITH_COLON):
        if i < walked or i >= len(lines) or not lines[i].endswith(":") or kinds[i] not in (SHORT, NEAR, SENTENCE):
            continue
        j = i + 1
        while j < len(kinds) and kinds[j] in (SHORT, NEAR) and not lines[j].endswith(":"):
            j += 1
        lists[j] = i
        walked = j
    return lists


def _lists_above(lines: Sequence[str], lists: dict[int, int], start: int, headline: int | None = None) -> int:
    """Return where the announced lists that end right above line ``start`` begin, or ``start``.

    A recipe's "Ingredients:" and its items stand above the first paragraph of the method,
    and the run, which starts on prose, would leave them out. The lists are taken back to
    their announcer, one after the other, under the ``headline`` (the lines between it and
    the first list go), or, without one, when they open the page: that is where a run over
    the output finds them (a box of teasers announced by "In brief:" between a menu and the
    article stays out).
    """
    top = start
    while top in lists and (headline is None or lists[top] > headline) and _is_list_or_heading(lines, lists[top], top):
        top = lists[top]
    return top if headline is not None or top == 0 else start


def _is_list_or_heading(lines: Sequence[str], announcer: int, end: int) -> bool:
    """Return whether the lines under an announcer, up to ``end``, are a list of amounts or steps, or none.

    "Method:" right above the steps is their heading. A list holds MIN_LIST_ITEMS items or
    more, half of them with a digit ("300 g flour", "2 eggs"): a menu under "Sections:"
    holds none, and one or two lines under a colon ("Other formats:", "E-book 17,99 €")
    are a shop's details.
    """
    items = end - announcer - 1
    if items == 0:
        return True
    with_digits = sum(1 for line in lines[announcer + 1 : end] if patterns.DIGIT.search(line))
    return items >= MIN_LIST_ITEMS and 2 * with_digits >= items


def _inline_boxes(kinds: list[str], lines: Sequence[str], verdicts: dict) -> set[int]:
    """Return the lines of links boxes the article goes on after: heading and teasers.

    A box heading followed, within BOX_LOOKAHEAD lines and before any other marker, by two
    prose lines in a row sits inside the article; its teasers are the lines between the
    heading and that pair. So does an end heading that the page prints MODULE_MIN_PRINTS
    times ("Most Popular" between every few paragraphs: a module, and the article ends
    once), when prose comes right before it and two prose lines in a row within
    REPEATED_BOX_LOOKAHEAD lines after it; a comment thread's heading never does.
    ``verdicts``: each distinct line's judgement. Each heading looks ahead a bounded number
    of lines, so the pass stays linear.
    """
    boxed: set[int] = set()
    repeated: set[int] = set()
    # Counted in C first: most pages print fewer end headings than a module needs. The
    # end headings are counted in one pass (compress and Counter run in C), not one count
    # of the page per heading, which a page of distinct headings would make quadratic.
    if kinds.count(END) >= MODULE_MIN_PRINTS:
        printed = Counter(compress(lines, map(END.__eq__, kinds)))
        modules = {
            line for line, count in printed.items()
            if count >= MODULE_MIN_PRINTS and verdicts[line][2] != THREAD_REASON
        }
        if modules:
            repeated = {
                i for i, line in enumerate(lines) if line in modules and PROSE in kinds[max(i - 2, 0) : i]
            }
    box_headings = [i for i, kind in enumerate(kinds) if kind == BOX]
    for i in sorted(repeated.union(box_headings)) if repeated else box_headings:
        reach = REPEATED_BOX_LOOKAHEAD if i in repeated else BOX_LOOKAHEAD
        for j in range(i + 1, min(i + reach, len(kinds) - 1)):
            if kinds[j] in (END, BOX):
                break
            if kinds[j] == PROSE and kinds[j + 1] == PROSE:
                boxed.update(range(i, j))
                break
    return boxed


def _headline_lines(lines: Sequence[str], title: str | None, *, first_is_prose: bool) -> set[int]:
    """Return the indexes of lines that repeat the page title's headline, the title excepted.

    Without a title, the first line stands for it. A first line that reads as prose is only
    a title through its parts ("Headline - Site"): once cleaned, the text starts with a
    paragraph, and a paragraph repeated further down (a caption twice) is no headline.
    """
    first = 0
    if title is None:
        title, first = lines[0], 1
    parts = {part.casefold() for part in patterns.TITLE_SEPARATOR.split(title) if len(part) >= HEADLINE_MIN_CHARS}
    # What stands before and after the first colon counts whole ("Lyrics: Song - Singer"):
    # a headline may hold separators itself. One cut only: the parts at every colon of a
    # long line would overlap, and their sizes add up to the square of its length.
    cut = patterns.TITLE_COLON.search(title)
    if cut:
        parts.update(
            part.casefold() for part in (title[: cut.start()], title[cut.end() :]) if len(part) >= HEADLINE_MIN_CHARS
        )
    if first_is_prose and first:
        parts.discard(title.casefold())
    elif len(title) >= HEADLINE_MIN_CHARS:
        parts.add(title.casefold())
    if not parts:
        return set()
    longest = max(map(len, parts))
    # Case folding keeps an ASCII line's length: only lines of a part's length can match.
    ascii_lengths = {len(part) for part in parts}
    return {
        i for i, line in enumerate(lines[first:], first)
        if (len(line) in ascii_lengths if line.isascii() else len(line) <= longest)
        and line.casefold() in parts
    }


def _below_head(judged, scores: Sequence[float], heads: Sequence[int], start: int, end: int) -> int | None:
    """Return the first paragraph under the story's head when the run opens above it, else None.

    A paragraph with the byline or the date line right under it is the dek (standfirst)
    or a caption: news pages print the headline, the dek, then the byline and the date,
    then the article, which must follow (MIN_ARTICLE_SCORE): in a short text, a date line
    or a reading time between two paragraphs says nothing of the first. ``heads`` are the
    lines right after a byline or a date line.
    """
    if start + 1 not in heads or start + 1 > end:
        return None
    below = next((i for i in range(start + 1, end + 1) if judged[i][0] in (PROSE, SENTENCE)), None)
    if below is None or sum(scores[below : end + 1]) < MIN_ARTICLE_SCORE:
        return None
    return below


def _standfirst(judged, start: int) -> bool:
    """Return whether the lines above the article's first paragraph are its standfirst.

    Under a known headline, a line or two of near-prose (the dek: "There were no
    breakthroughs, says an official") leads straight into the first paragraph; menus and
    bylines are shorter or were taken out by earlier filters.
    """
    return 0 < start <= STANDFIRST_MAX_LINES and all(
        kind == NEAR and words >= STANDFIRST_MIN_WORDS for kind, words, _ in judged[:start]
    )


def _stabilise(reasons: list[str | None], scores: list[float], judged, title: str | None, lines: Sequence[str]) -> None:
    """Drop kept lines until the kept lines, judged again alone, would all be kept.

    The headline bonus and the walls at end markers are gone when the output is cleaned
    again; without them the densest run of the kept lines may be shorter (a prose line
    left before a long stretch of captions), and it is trimmed as classify trims a run:
    to start and end on a line that scores (prose or a sentence: kept lines hold no
    headline and no marker), a standfirst and a salutation aside. Trimming to that run now
    makes ``classify(kept) == [None] * len(kept)``.

    Without a title, the first line is the hint, and the output's first line may be
    another one than the page's (the page's went as chrome): the lines that repeat the
    headline of the output's first line go now, or a second run would take them.
    """
    while True:
        kept = [i for i, reason in enumerate(reasons) if reason is None]
        # The page's own first line kept: classify took its repeats out already.
        if title is None and kept and kept[0] != 0:
            repeats = _headline_lines(
                [lines[i] for i in kept], None, first_is_prose=judged[kept[0]][0] in (PROSE, SENTENCE)
            )
            if repeats:
                for position in repeats:
                    reasons[kept[position]] = REASON_HEADLINE
                continue
        if all(judged[i][0] != PROSE for i in kept):
            return  # lines without prose are kept whole (the short lines under a headline)
        start, end = _densest_run([scores[i] for i in kept])
        while start <= end and scores[kept[start]] <= 0:
            start += 1
        if title is not None and _standfirst([judged[i] for i in kept], start):
            start = 0
        if 0 < start <= end:  # lines above the run, which may be a list's
            kept_lines = [lines[i] for i in kept]
            start = _lists_above(kept_lines, _announced_lists(kept_lines, [judged[i][0] for i in kept]), start)
        if 0 < start <= end and _is_greeting(lines[kept[start - 1]], judged[kept[start - 1]]):
            start -= 1
        while end >= start and scores[kept[end]] <= 0:
            end -= 1
        if start <= end:
            end = _numbered_list_end(lines, judged, kept, end)
        if start == 0 and end == len(kept) - 1:
            return
        for position, i in enumerate(kept):
            if not start <= position <= end:
                reasons[i] = REASON_OUTSIDE_SHORT if scores[i] <= 0 else REASON_OUTSIDE_PROSE


# Kinds whose lines go with their own reason wherever they are.
_NOTICE_KINDS = frozenset({CHROME, END, BOX})
# The reason of a line of each other kind outside the run, before the end marker.
_OUTSIDE = {SHORT: REASON_OUTSIDE_SHORT, NEAR: REASON_OUTSIDE_SHORT, SENTENCE: REASON_OUTSIDE_SHORT,
            PROSE: REASON_OUTSIDE_PROSE}

# What a line of each kind but PROSE adds to the run it is in.
_KIND_SCORES = {SENTENCE: SENTENCE_SCORE, NEAR: NEAR_SCORE, SHORT: SHORT_SCORE, END: END_SCORE,
                CHROME: CHROME_SCORE, BOX: CHROME_SCORE}


def _densest_run(scores: Sequence[float]) -> tuple[int, int]:
    """Return (first, last) index of the run of lines with the largest total score.

    Kadane's algorithm. Returns (0, -1), an empty run, when no line scores above zero.
    """
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total < 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_start, best_end = total, start, i
    return best_start, best_end


def _article_run(
    scores: Sequence[float], walls: Sequence[bool], headlines: Sequence[int], thread: int,
    breaks: frozenset[int] = frozenset(),
) -> tuple[int, int, bool]:
    """Return (first, last) index of the article, the first dense run between walls, and True.

    End markers are walls: the page is cut into sections at each, and each section's
    densest run is found (Kadane's algorithm, one pass). Comments and related stories come
    after the article and can hold more prose than it does, so the article is the *first*
    run whose prose (the headline bonus aside) reaches MIN_ARTICLE_SCORE and
    FIRST_RUN_SHARE of the densest run's before line ``thread`` (a comment thread's
    heading), or whose lines after the headline are more than a standfirst and reach
    MIN_ARTICLE_SCORE alone: a thread of comments can hold more than four times the
    article's prose, but the article is the text under the headline. When no run
    qualifies, the densest run, and False: no run is an article by density. A line in
    ``breaks`` starts a new section, as a wall does, but belongs to it.
    """
    runs = []  # (score, first, last) of each section's densest run
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    # Sections start after each wall, and at each break; most pages have no break.
    sections = [wall or i in breaks for i, wall in enumerate(walls)] if breaks else walls
    for i, score in enumerate(scores):
        if sections[i]:
            if best > 0:
                runs.append((best, best_start, best_end))
            best, best_start, best_end = 0.0, i + 1, i
            total, start = 0.0, i + 1
            if walls[i]:
                continue
            start = i
        if total < 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_start, best_end = total, start, i
    if best > 0:
        runs.append((best, best_start, best_end))
    if not runs:
        return 0, -1, False
    # The headlines are sorted: those inside a run are counted by bisection, where a page
    # of headlines between walls would otherwise cost runs x headlines.
    prose = [
        score - HEADLINE_BONUS * (bisect.bisect_right(headlines, last) - bisect.bisect_left(headlines, first))
        for score, first, last in runs
    ]
    before_thread = [score for (_, first, _), score in zip(runs, prose) if first < thread]
    threshold = max(MIN_ARTICLE_SCORE, FIRST_RUN_SHARE * max(before_thread or prose))
    for (_, first, last), score in zip(runs, prose):
        if score >= threshold or _under_headline(scores, headlines, first, last) >= MIN_ARTICLE_SCORE:
            return first, last, True
    _, first, last = max(runs)
    return first, last, False


def _under_headline(scores: Sequence[float], headlines: Sequence[int], first: int, last: int) -> float:
    """Return what the lines of run first..last after its first headline score, when they are more than a standfirst.

    0.0 when the run holds no headline, or when at most STANDFIRST_MAX_LINES paragraphs
    follow it: news pages print the dek under the headline, then a share bar with a
    comment count ("36 commentaires", an end marker), then the article. ``headlines`` is
    sorted: one bisection finds the run's first headline. The runs do not overlap, so
    summing their tails stays linear over the page.
    """
    at = bisect.bisect_left(headlines, first)
    if at == len(headlines) or headlines[at] > last:
        return 0.0
    later = bisect.bisect_right(headlines, last) - at - 1
    tail = scores[headlines[at] + 1 : last + 1]
    # A paragraph scores its words, PROSE_MIN_WORDS at least; other lines 1 at most, a
    # headline HEADLINE_BONUS.
    paragraphs = sum(score >= PROSE_MIN_WORDS for score in tail) - later
    return sum(tail) - HEADLINE_BONUS * later if paragraphs > STANDFIRST_MAX_LINES else 0.0


def _from_headline(scores: Sequence[float], headlines: Sequence[int], start: int, end: int) -> int:
    """Return where the article in run start..end begins: at a headline inside it, when enough of the run follows it.

    Blogs print their sidebar before the post, news sites a ticker of teasers: their blurbs
    can outweigh the menu lines between them and join the run, up to the headline. What
    follows the headline must weigh FROM_HEADLINE_SHARE of what precedes it, and be an
    article on its own: a page title's site name repeated in the footer ("DER SPIEGEL
    52/2018") comes after the article. ``headlines`` is sorted.
    """
    at = bisect.bisect_right(headlines, start)
    if at == len(headlines) or headlines[at] > end:
        return start
    headline = headlines[at]
    before = sum(scores[start:headline])
    after = _under_headline(scores, headlines, headline, end)
    return headline if after >= max(MIN_ARTICLE_SCORE, FROM_HEADLINE_SHARE * before) else start
