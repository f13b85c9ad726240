"""Classify the lines of a page dump as article or boilerplate.

Three passes, each linear in the number of lines:

1. Each line alone (:func:`~cleantext.article.features.judge_line`): prose, fragment,
   short, known boilerplate, or a heading that ends the article ("Related", "Comments").
2. The article is the densest run of prose: every line gets a score (prose earns its word
   count, a short line costs a little, boilerplate costs more, an end marker is a wall) and
   the run with the largest sum (Kadane's algorithm) is the article.
3. Inside that run, fragments are kept (subheadings, list items, short sentences) and
   boilerplate goes; outside it everything goes, with a reason saying where it stood.

Idempotence: scores depend on the line alone, and the run is a maximum-sum run, so every
prefix and suffix of it has a non-negative sum. Dropping lines with negative scores only
raises those sums, so when the kept lines are classified again the whole input is the
densest run, and every line in it is kept again.
"""

from __future__ import annotations

from typing import Sequence

from .features import CHROME, END, NEAR, PROSE, SHORT, judge_line
from .language import code_of, guess_language, stopwords

__all__ = ["classify"]

# Scores of the densest-run search, in words of prose.
PROSE_WORDS_CAP = 60          # one huge line (a table flattened) must not outweigh the page
NEAR_SCORE = 0.0              # a fragment neither makes nor breaks an article
SHORT_SCORE = -2.0            # a menu entry or label: a few of them between paragraphs are fine
CHROME_SCORE = -6.0           # a notice or an ad label inside an article costs more
END_SCORE = -1e9              # nothing after "Comments" or "Related" belongs to the run before it
# Lines of at least this many characters make up the sample the language is guessed from.
LANGUAGE_SAMPLE_MIN_CHARS = 60

REASON_OUTSIDE_SHORT = "short line outside the article"
REASON_OUTSIDE_PROSE = "text outside the article"
REASON_AFTER_END = "after the end-of-article marker"


def classify(lines: Sequence[str], *, language: str | None = None) -> list[str | None]:
    """Return, for each stripped non-empty line, None to keep it or the reason to drop it.

    ``language`` is an ISO code or a jusText stoplist name; guessed from the longer lines
    when not given.
    """
    if not lines:
        return []
    if language is None:
        language = guess_language(" ".join(line for line in lines if len(line) >= LANGUAGE_SAMPLE_MIN_CHARS))
    stop = stopwords(code_of(language))
    judged = [judge_line(line, stop) for line in lines]

    start, end = _densest_run(judged)
    reasons: list[str | None] = []
    after_end = False
    for i, (kind, _, reason) in enumerate(judged):
        if start <= i <= end:
            reasons.append(reason if kind in (CHROME, END) else None)
            continue
        if i > end and kind == END:
            after_end = True
        if kind in (CHROME, END):
            reasons.append(reason)
        elif after_end:
            reasons.append(REASON_AFTER_END)
        elif kind in (SHORT, NEAR):
            reasons.append(REASON_OUTSIDE_SHORT)
        else:
            reasons.append(REASON_OUTSIDE_PROSE)
    return reasons


def _score(kind: str, words: int) -> float:
    if kind == PROSE:
        return min(words, PROSE_WORDS_CAP)
    if kind == NEAR:
        return NEAR_SCORE
    if kind == SHORT:
        return SHORT_SCORE
    if kind == END:
        return END_SCORE
    return CHROME_SCORE


def _densest_run(judged) -> tuple[int, int]:
    """Return (first, last) index of the run of lines with the largest total score.

    Kadane's algorithm; on ties the longer run wins, so a run is never cut at a line
    whose score is zero. Returns (0, -1), an empty run, when no line scores above zero.
    """
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    for i, (kind, words, _) in enumerate(judged):
        if total < 0:
            total, start = 0.0, i
        total += _score(kind, words)
        if total > best or (total == best and best > 0 and start == best_start):
            best, best_start, best_end = total, start, i
    return best_start, best_end
