"""Filters that drop site chrome from the body: each removal carries a fixed reason."""

from __future__ import annotations

from . import lexicon, patterns
from .model import Document
from .pipeline import document_filter, line_rule
from .text import label_key, words

# A repeated block shorter than this is natural repetition ("Yes.", "Chorus"), not chrome.
MIN_REPEAT_WORDS = 5
MIN_REPEAT_CHARS = 30


@line_rule
def ui_labels(line: str) -> str | None:
    """Drop a line that is only a button, menu or ad label, like "Close", "Menu" or "×".

    Knows the labels in English, German, French, Spanish, Portuguese and Italian
    ("Schließen", "Partager", "Publicidad", "Compartilhar", "Chiudi"). A label inside a
    sentence stays: "Close the door." is prose.

    >>> ui_labels.judge("Skip to content")
    'interface label'
    >>> ui_labels.judge("Close the door.") is None
    True
    """
    if len(line) > patterns.MAX_LABEL_CHARS:
        return None
    return "interface label" if label_key(line) in lexicon.UI_LABELS or _is_symbol(line) else None


def _is_symbol(line: str) -> bool:
    # "×", "✕ ✕", "»": a line with no letter or digit that is only one or two symbols.
    stripped = line.replace(" ", "")
    return 0 < len(stripped) <= 2 and not any(c.isalnum() for c in stripped) and stripped not in "\"'"


@line_rule
def social(line: str) -> str | None:
    """Drop share bars, "Follow us on ..." lines, tweet links and bare handle credits.

    A share row is a line of only network names and share words ("Facebook Twitter
    LinkedIn Email", "Share on WhatsApp"). A handle inside a sentence stays: "Thanks to
    @alice for the photo." is prose.

    >>> social.judge("Facebook Twitter LinkedIn Email")
    'share bar'
    >>> social.judge("Follow us on Instagram")
    'follow-us line'
    >>> social.judge("Thanks to @alice for the photo.") is None
    True
    """
    if len(line) > patterns.MAX_SOCIAL_CHARS:
        return None
    if patterns.FOLLOW_US.match(line) and len(words(line)) <= 12:
        return "follow-us line"
    # Cheap screens first: a tweet link starts with "pic." and a signature with a dash.
    bare = line.strip("()[] ")
    if (bare[:1] in ("p", "P") and patterns.PIC_TWITTER.fullmatch(bare)) or (
        line.startswith(("—", "–", "-")) and patterns.TWEET_SIGNATURE.match(line)
    ):
        return "embedded tweet link"
    first = patterns.WORD.search(line)
    if first is None:
        return None
    # Most lines fail the share-bar test on their first word: only then list them all.
    if first[0].casefold() in _SHARE_BAR_WORDS:
        tokens = [w.casefold() for w in words(line)]
        if all(t in _SHARE_BAR_WORDS for t in tokens) and any(t in lexicon.SOCIAL_NETWORKS for t in tokens):
            return "share bar"
    if "@" in line and _is_handle_credit(line):  # a handle needs an "@"
        return "handle credit"
    return None


_SHARE_BAR_WORDS = lexicon.SOCIAL_NETWORKS | lexicon.SHARE_WORDS


def _is_handle_credit(line: str) -> bool:
    # "@jane", "Twitter: @jane", "— @jane": a handle with at most a network name around it.
    rest = patterns.HANDLE.sub(" ", line)
    if rest == line:
        return False
    leftover = [w.casefold() for w in words(rest)]
    return all(w in lexicon.SOCIAL_NETWORKS for w in leftover)


@document_filter
def repeats(doc: Document) -> Document:
    """Drop a paragraph that repeats an earlier one word for word (a pull quote, a reprinted teaser).

    Short repeats stay ("Yes.", a refrain): only blocks of five words or thirty characters
    and more count. The first copy is kept; a repeated title drops the later copy.
    """
    seen: set[str] = set()
    for block in doc.kept():
        key = " ".join(block.text.casefold().split())
        # Five words take nine characters at least, so a shorter key needs no count.
        if len(key) < MIN_REPEAT_CHARS and (len(key) < 9 or len(words(key)) < MIN_REPEAT_WORDS):
            continue
        if key in seen:
            block.drop(repeats.step_name, "repeated paragraph")
        else:
            seen.add(key)
    return doc
