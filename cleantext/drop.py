"""Filters that drop site chrome from the body: each removal carries a fixed reason."""

from __future__ import annotations

from . import lexicon, patterns
from .model import Document
from .pipeline import document_filter, line_rule
from .text import label_key, words

# A repeated block shorter than this (in words or in characters) is natural repetition
# ("Yes.", a refrain like "Row, row, row the boat."), not chrome.
MIN_REPEAT_WORDS = 5
MIN_REPEAT_CHARS = 30
# A follow-us line names a network or a handle, or is this short ("Folgen Sie uns").
MAX_BARE_FOLLOW_WORDS = 3
MAX_FOLLOW_WORDS = 12


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
    key = label_key(line)
    if key in lexicon.UI_LABELS or key.strip(patterns.LABEL_ICONS) in lexicon.UI_LABELS or _is_symbol(line):
        return "interface label"
    return None


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
    if patterns.FOLLOW_US.match(line) and _names_a_network(line):
        return "follow-us line"
    if patterns.PIC_TWITTER.fullmatch(line.strip("()[] ")) or patterns.TWEET_SIGNATURE.match(line):
        return "embedded tweet link"
    tokens = _share_tokens(line)
    if not tokens:
        return None
    if all(t in lexicon.SOCIAL_NETWORKS or t in lexicon.SHARE_WORDS for t in tokens) and any(
        t in lexicon.SOCIAL_NETWORKS for t in tokens
    ):
        return "share bar"
    if _is_handle_credit(line):
        return "handle credit"
    return None


def _share_tokens(line: str) -> list[str]:
    # Words with their inner hyphens, so that "E-Mail" is the network "e-mail".
    return [w.casefold() for w in patterns.SHARE_TOKEN.findall(line)]


def _names_a_network(line: str) -> bool:
    # "Follow us on Instagram", "Follow @nytimes", a bare "Suivez-nous"; not an invitation
    # that happens to start the same way: "Join us at the town hall on Friday."
    tokens = _share_tokens(line)
    return (
        len(tokens) <= MAX_BARE_FOLLOW_WORDS
        or patterns.HANDLE.search(line) is not None
        or any(t in lexicon.SOCIAL_NETWORKS for t in tokens)
    ) and len(tokens) <= MAX_FOLLOW_WORDS


def _is_handle_credit(line: str) -> bool:
    # "@jane", "Twitter: @jane", "— @jane": a handle with at most a network name around it.
    rest = patterns.HANDLE.sub(" ", line)
    if rest == line:
        return False
    leftover = [w.casefold() for w in words(rest)]
    return all(w in lexicon.SOCIAL_NETWORKS for w in leftover)


def _has_words(text: str, count: int) -> bool:
    # Stops at the count: a 20 MB line need not be split into its millions of words.
    found = patterns.WORD.finditer(text)
    return sum(1 for _ in zip(range(count), found)) == count


@document_filter
def repeats(doc: Document) -> Document:
    """Drop a paragraph that repeats an earlier one word for word (a pull quote, a reprinted teaser).

    Short repeats stay ("Yes.", a refrain): only blocks of five words and thirty characters
    or more count. The first copy is kept; a repeated title drops the later copy.
    """
    seen: set[str] = set()
    for block in doc.kept():
        key = " ".join(block.text.casefold().split())
        if len(key) < MIN_REPEAT_CHARS or not _has_words(key, MIN_REPEAT_WORDS):
            continue
        if key in seen:
            block.drop(repeats.step_name, "repeated paragraph")
        else:
            seen.add(key)
    return doc
