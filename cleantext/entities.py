"""Expand HTML entities until none is left, in one pass, in time linear in the text.

Expanding entities once is not enough for idempotence: "&amp;lt;" gives "&lt;", which a
second run would expand again. Expanding "until nothing changes" with whole-text passes
takes one pass per level of escaping, so "&" followed by "amp;" a hundred thousand times
costs a hundred thousand passes. Here one left-to-right scan gives the same fixed point:
after each expansion it looks back, at most one entity's length, for an "&" that the new
text completes ("&a&#109;p;" → "&amp;" → "&"), and expands that too.
"""

from __future__ import annotations

import html
from functools import lru_cache

from . import patterns

_LOOKBACK = patterns.MAX_ENTITY_CHARS


# A text holds few distinct entities ("&amp;", "&nbsp;", "&#8217;") many times each.
@lru_cache(maxsize=4096)
def _expand(entity: str) -> str:
    # A character that the invisible fix would take out later could join two halves of an
    # entity then ("&am&#8203;p;"): it goes now, so the scan sees the join.
    return patterns.HIDDEN_OR_C1.sub("", html.unescape(entity))


def unescape(text: str) -> str:
    """Return the text with every HTML entity expanded, repeatedly, until none is left.

    >>> unescape("&amp;amp;lt; &a&#109;p;")
    '< &'
    """
    if "&" not in text:
        return text
    search, match = patterns.HTML_ENTITY.search, patterns.HTML_ENTITY.match
    done: list[str] = []
    tail = ""  # the latest output: an "&" in it may still begin an entity
    i = 0
    while True:
        found = search(text, i)
        if found is None:
            break
        tail += text[i : found.start()] + _expand(found.group())
        i = found.end()
        while True:  # does the expansion complete an entity that starts before it?
            amp = tail.rfind("&", max(0, len(tail) - _LOOKBACK))
            if amp < 0:
                break
            pending = len(tail) - amp
            joined = match(tail[amp:] + text[i : i + _LOOKBACK])
            if joined is None:
                break
            expanded = _expand(joined.group())
            if expanded == joined.group():  # "&madeup;" names nothing: it stays as it is
                break
            rest = tail[amp + joined.end() :]  # non-empty when the entity ends inside the tail
            tail = tail[:amp] + expanded + rest
            i += max(0, joined.end() - pending)
        if len(tail) > 2 * _LOOKBACK:
            done.append(tail[:-_LOOKBACK])
            tail = tail[-_LOOKBACK:]
    done.append(tail)
    done.append(text[i:])
    return "".join(done)
