"""Filters that drop site chrome from the body: each removal carries a fixed reason."""

from __future__ import annotations

from collections import Counter

from . import lexicon, patterns
from .model import Document
from .pipeline import document_filter, line_rule
from .text import WORD_PUNCTUATION, label_key, words

# A repeated block shorter than this (in words or in characters) is natural repetition
# ("Yes.", a refrain like "Row, row, row the boat."), not chrome.
MIN_REPEAT_WORDS = 5
MIN_REPEAT_CHARS = 30
# A text printed more often than this is the page's own structure, not a pasted copy: the
# question put to every guest of an interview series, the item of every day's meal plan.
MAX_REPEAT_COPIES = 2
# A follow-us line names a network or a handle, or is this short ("Folgen Sie uns").
MAX_BARE_FOLLOW_WORDS = 3
MAX_FOLLOW_WORDS = 12
# A line of one or two symbols with spaces between ("✕ ✕") is at most this long.
MAX_SYMBOL_LINE = 5


def _may_be_label(lines: list[str]) -> list[int]:
    # The rule's own look-ups, in one comprehension; lines short enough to be a symbol, or
    # with a run of spaces (label_key makes it single), go to the rule itself.
    return [
        i for i, line in enumerate(lines)
        if len(line) <= patterns.MAX_LABEL_CHARS
        and ((key := line.casefold().strip(patterns.LABEL_TRIM)) in lexicon.UI_LABELS
             or key.strip(patterns.LABEL_ICONS) in lexicon.UI_LABELS
             or len(line) <= MAX_SYMBOL_LINE or "  " in key or "\t" in key)
    ]


@line_rule(screen=_may_be_label)
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
    if key in lexicon.UI_LABELS or key.strip(patterns.LABEL_ICONS) in lexicon.UI_LABELS:
        return "interface label"
    return "interface label" if len(line) <= MAX_SYMBOL_LINE and _is_symbol(line) else None


def _is_symbol(line: str) -> bool:
    # "×", "✕ ✕", "»": a line with no letter or digit that is only one or two symbols.
    stripped = line.replace(" ", "")
    return 0 < len(stripped) <= 2 and not any(c.isalnum() for c in stripped) and stripped not in "\"'"


def _may_be_social(lines: list[str]) -> list[int]:
    # Necessary for social (see its first test): an "@", or a first word that opens a
    # share bar or a follow-us line. The line's start up to the first space, punctuation
    # trimmed from both ends, is that word when it is all letters and digits (see
    # text.lines_opening_with); anything else goes to the full test.
    return [
        i for i, line in enumerate(lines)
        if len(line) <= patterns.MAX_SOCIAL_CHARS
        and ("@" in line
             or (first.casefold() in _SOCIAL_OPENERS if (first := line.partition(" ")[0]).isalnum()
                 else _may_open_a_social_line(first.strip(WORD_PUNCTUATION))))
    ]


def _may_open_a_social_line(first: str) -> bool:
    # The rarer case, punctuation trimmed: the same test, or the full one when still not a word.
    return not first.isalnum() or first.casefold() in _SOCIAL_OPENERS


@line_rule(screen=_may_be_social)
def social(line: str) -> str | None:
    """Drop share bars, "Follow us on ..." lines, bare tweet links and bare handle credits.

    A share row is a line of only network names and share words ("Facebook Twitter
    LinkedIn Email", "Share on WhatsApp"). A handle inside a sentence stays: "Thanks to
    @alice for the photo." is prose. So does an embedded tweet's signature ("— Jane Doe
    (@jane) July 14, 2023"): an article that quotes a tweet keeps its attribution. An
    embedded Instagram post's ("A post shared by Jane Doe (@jane) on ...") goes: the post
    is an image, which a text dump does not hold, so the line attributes nothing.

    >>> social.judge("Facebook Twitter LinkedIn Email")
    'share bar'
    >>> social.judge("Follow us on Instagram")
    'follow-us line'
    >>> social.judge("Thanks to @alice for the photo.") is None
    True
    """
    if len(line) > patterns.MAX_SOCIAL_CHARS:
        return None
    if line.isalnum() and line.casefold() in lexicon.SOCIAL_NETWORKS:
        return "share bar"  # a network's name alone ("X", "Facebook"): what the tests below find, sooner
    # Every kind below starts with a network, share or follow word or "pic", or holds an
    # "@": one look at the first word settles most lines.
    if "@" not in line and _first_token(line) not in _SOCIAL_OPENERS:
        return None
    if patterns.FOLLOW_US.match(line) and _names_a_network(line):
        return "follow-us line"
    if "(@" in line and patterns.EMBEDDED_POST_SIGNATURE.match(line):
        return "embedded post signature"
    bare = line.strip("()[] ")
    if bare[:1] in ("p", "P") and patterns.PIC_TWITTER.fullmatch(bare):
        return "embedded tweet link"
    tokens = _share_tokens(line)
    if not tokens:
        return None
    if tokens[:2] == ["share", "this"] and len(tokens) > 2 and tokens[2] in lexicon.SHARED_THINGS:
        tokens = tokens[:1] + tokens[3:]  # "Share this article on X" is the button "Share on X"
    # Counts of shares may stand beside two buttons or more ("Facebook 0 Twitter 12"); "X 5"
    # is a model's name.
    names = [t for t in tokens if not t.isdigit()]
    if (
        all(t in _SHARE_BAR_WORDS for t in names) and any(t in lexicon.SOCIAL_NETWORKS for t in names)
        and (len(names) == len(tokens) or len(names) >= 2)
    ):
        return "share bar"
    if "@" in line and _is_handle_credit(line):  # a handle needs an "@"
        return "handle credit"
    return None


_SHARE_BAR_WORDS = lexicon.SOCIAL_NETWORKS | lexicon.SHARE_WORDS
# First words of a follow-us line (see patterns.FOLLOW_US), and of a share bar.
_SOCIAL_OPENERS = _SHARE_BAR_WORDS | frozenset(
    "follow like join find folgen suivez suivez-nous síguenos siguenos siga siga-nos sigam sigam-nos seguici pic".split()
)


def _first_token(line: str) -> str:
    first = patterns.FIRST_SHARE_TOKEN.search(line)
    return first.group().casefold() if first else ""


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
    ) and (len(tokens) <= MAX_FOLLOW_WORDS or _only_networks_after_on(line, tokens))


# What may follow the last "on" of a long follow-us line: networks, joiners, handles.
_NETWORK_LIST_WORDS = lexicon.SOCIAL_NETWORKS | frozenset({"and", "or", "und", "oder", "et", "ou", "y", "e", "o"})


def _only_networks_after_on(line: str, tokens: list[str]) -> bool:
    # "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and
    # Instagram.": a long name, then only networks; a sentence goes on with other words.
    if "on" not in tokens:
        return False
    after = tokens[len(tokens) - tokens[::-1].index("on") :]
    handles = {handle[1:].casefold() for handle in patterns.HANDLE.findall(line)}
    return bool(after) and after[0] in lexicon.SOCIAL_NETWORKS and all(
        t in _NETWORK_LIST_WORDS or t in handles for t in after
    )


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
    or more count. So does a text printed three times or more, which is the page's own
    structure (the question put to each guest of an interview series), not a pasted copy.
    The first copy is kept; a repeated title drops the later copy.
    """
    # Case folding makes a text at most three times longer: a shorter block has no key
    # of MIN_REPEAT_CHARS and is left out from the start (most menu lines).
    kept = [
        block for block in doc.blocks
        if block.removal is None and len(block.text) * 3 >= MIN_REPEAT_CHARS
    ]
    copies = _repeated([block.text for block in kept])
    seen: set[str] = set()
    for i, key in copies:
        if key in seen:
            kept[i].drop(repeats.step_name, "repeated paragraph")
        else:
            seen.add(key)
    return doc


def _repeated(texts: list[str], spaced: bool | None = None) -> list[tuple[int, str]]:
    """Return (index, key) of the texts that repeats keeps one copy of, in order.

    ``spaced`` says whether some text of the page holds a run of spaces or a tab (when
    fix.spaces was skipped): the keys then have single spaces. None: look.
    """
    if spaced is None:
        spaced = _spaced(texts)
    # Line by line: an ASCII line is case-folded by a fast path that a page joined into
    # one text (never all ASCII) does not take.
    keys = [text.casefold() for text in texts]
    if spaced:
        keys = [" ".join(key.split()) for key in keys]
    counts = Counter(keys)
    repeated = {
        key for key, count in counts.items()
        if 2 <= count <= MAX_REPEAT_COPIES and len(key) >= MIN_REPEAT_CHARS and _has_words(key, MIN_REPEAT_WORDS)
    }
    return [(i, key) for i, key in enumerate(keys) if key in repeated] if repeated else []


def _copies_on_a_clean_page(texts: list[str]) -> bool:
    """Return whether _repeated(texts) finds copies, folding only the starts of most texts."""
    spaced = _spaced(texts)
    if spaced:
        return bool(_repeated(texts, spaced))
    # Case folding maps each character on its own to one or more characters, so the
    # first _HEAD characters of a text's key are those of its first _HEAD characters'
    # key: texts whose heads differ are no copies. A cleaned page's lines are long and
    # seldom start alike, so most of it is never folded whole (folding costs a table
    # lookup a character beyond ASCII).
    heads = [text[:_HEAD].casefold()[:_HEAD] for text in texts]
    if len(set(heads)) == len(heads):
        return False
    counts = Counter(heads)
    return bool(_repeated([text for text, head in zip(texts, heads) if counts[head] > 1], spaced))


_HEAD = 32


def _spaced(texts: list[str]) -> bool:
    joined = "\n".join(texts)  # a copy, to look in two C-level calls
    return "  " in joined or "\t" in joined


# A later filter can take out one of three copies, which leaves two: the pipeline asks
# this, over the lines it kept, whether a run over its output would drop one.
def _unsettled(doc: Document, lines: list[str]) -> bool:
    return _copies_on_a_clean_page([line for line in lines if len(line) * 3 >= MIN_REPEAT_CHARS])


repeats.unsettled = _unsettled
