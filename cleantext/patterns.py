"""Every regular expression cleantext uses, compiled once, each one linear-time.

Rules for adding a pattern here: no nested quantifiers over the same characters, no
unbounded repetition followed by something that can fail and force it to give characters
back (use a possessive ``++``/``*+`` or an atomic group), and apply ``fullmatch`` only to
lines short enough to be what the pattern describes (see the ``MAX_*`` bounds).
"""

from __future__ import annotations

import re

import regex

from . import lexicon

# ---- whole-text fixes ---------------------------------------------------------------

# Line separators other than "\n": CRLF, CR, NEL, VT, FF, LINE/PARAGRAPH SEPARATOR.
LINE_BREAK = regex.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
LINE_BREAK_CHARS = "\r\x0b\x0c\x85\u2028\u2029"  # a screen: LINE_BREAK can match only if one is in

# A paragraph broken at its links by a flattener that puts every text node on a line of its
# own: the space between two words stays on one side of the break ("The \ncompany shelved",
# "its plans\n for an IPO"). One plain space, neither indentation nor a tab, and no
# sentence ended before it: a paragraph's own end ("said. \nThe") is not a seam.
_SPACE_BEFORE_SEAM = r"(?<=[^\s.!?…] )(?<![.!?…][\"”’»)\]] )\n(?=\S)"
_SPACE_AFTER_SEAM = r"(?<=[^\s.!?…])(?<![.!?…][\"”’»)\]])\n(?= \S)"
INLINE_SEAM = re.compile(f"{_SPACE_BEFORE_SEAM}|{_SPACE_AFTER_SEAM}")
# In such a text, brackets and punctuation printed around a link are seams too:
# "(\nReuters\n) said", "according to\nthe report\n." (a "." or "," then a space or the
# line's end: ".NET" starts a line of its own).
INLINE_OR_PUNCTUATION_SEAM = re.compile(
    f"{_SPACE_BEFORE_SEAM}|{_SPACE_AFTER_SEAM}"
    r"|(?<=[(\[{“‘«])\n(?=\S)|(?<=\S)\n(?=[)\]}”’»]|[,.;:!?](?: |\n|$))"
)

# A character a terminal gives two columns (CJK, fullwidth forms, most emoji): text browsers
# wrap at a width in columns, and break a line between two of them, word or not.
WIDE_CHAR = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
# Of those, the ones of scripts written without spaces (Chinese, Japanese: Han, kana, their
# punctuation): a break between two of them was inside a run of text. Korean puts spaces
# between words, and html2text and lynx break its lines there.
SPACELESS_WIDE_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u30fc]")

# What starts a line of its own in wrapped text: a list item, a heading, a quote or a table
# row ("* ", "- ", "1. ", "# ", "> ", "| "), never a paragraph's next line.
# Anchored: searched for, an unanchored run of spaces would be tried from every space.
LINE_OF_ITS_OWN = re.compile(r"^[ \t]*+(?:[*+\-•#>|]|\d{1,3}[.)])(?:[ \t]|$)")

# A Markdown link, "[text](url)" or "[text](url "title")", its text captured, and an image,
# "![alt](src)": what HTML-to-Markdown converters (html2text, markdownify) make of a page's
# links and pictures. The text holds no bracket; the address no white space, and
# parentheses one level deep ("…/Python_(language)").
# The title's quotes may be curly and its space exotic: fix.quotes and fix.spaces, which run
# later, would make them plain, and a second run would find the link then.
_MARKDOWN_TARGET = r"\((?:[^()\s]|\([^()\s]*+\))*+(?:[^\S\n]++[\"“”„][^\"“”„\n]*+[\"“”„])?\)"
MARKDOWN_LINK = regex.compile(r"\[([^\[\]\n]*+)\]" + _MARKDOWN_TARGET)
MARKDOWN_IMAGE = regex.compile(r"!\[[^\[\]\n]*+\]" + _MARKDOWN_TARGET)

# The numbers a text browser prints before each link (lynx -dump): "[12]Home",
# "[3][4]Read more". At a word's start (after white space, an opening bracket or quote, or at
# the line's start) and right before the link's text: a footnote mark stands after its word
# ("1950.[3]") or before a space ("[3] Smith, J."), and a Markdown link's text before "(".
# Possessive: a run of numbers is taken whole, so that no number is left for a second run.
LINK_NUMBER = regex.compile(r"(?<![^\s(“\"'«‘])(?:\[\d{1,4}\])++(?=[^\W_]|[\"“‘«@#$€£¿¡])")

# Characters that never belong in clean text. Tab is a space (see EXOTIC_SPACES).
# ZWJ/ZWNJ (U+200C/D) stay: they shape emoji and Indic/Persian words. LRM/RLM stay: bidi.
_HIDDEN_CHARS = r"\x00-\x08\x0e-\x1f\x7f\u00ad\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb\ufffe\uffff"
_C1_CHARS = r"\x80-\x84\x86-\x9f"
_INVISIBLE_CLASS = rf"[{_HIDDEN_CHARS}{_C1_CHARS}\ud800-\udfff]"
# ``re``, not ``regex``: it runs a class like this one over non-ASCII text twice as fast.
# A plain "+" (``re`` has possessive quantifiers from Python 3.11 only): one class, repeated,
# cannot backtrack into itself.
INVISIBLE = re.compile(_INVISIBLE_CLASS + "+")
# What an entity may expand to that the invisible fix would take out, so the entity scan
# drops it at once and sees the join it makes ("&am&#8203;p;"): C0, C1, format characters.
HIDDEN_OR_C1 = regex.compile(rf"[{_HIDDEN_CHARS}{_C1_CHARS}]++")
SURROGATE = regex.compile(r"[\ud800-\udfff]")
# The same class for a yes/no screen: the standard library's engine answers that several
# times faster than ``regex`` on large non-ASCII text (see benchmarks/PROFILE.md).
INVISIBLE_SCREEN = re.compile(_INVISIBLE_CLASS)

# Past the 30 marks in a row of Unicode's stream-safe format, normalisation needs care.
LONG_MARK_RUN = regex.compile(r"\p{M}{31,}+")

# Spaces that look like a space: no-break, en/em, thin, narrow, ideographic, tab.
EXOTIC_SPACE_CHARS = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u202f\u205f\u3000"
)
EXOTIC_SPACES = str.maketrans(dict.fromkeys(EXOTIC_SPACE_CHARS, " "))
SPACE_RUN = regex.compile(r" {2,}+")
# Spaces at a line's end or start; the lookbehind makes each run match once (linear).
SPACES_AT_LINE_END = regex.compile(r"(?<! ) ++(?=\n|\Z)")
SPACES_AT_LINE_START = regex.compile(r"(?:^|(?<=\n)) ++", regex.M)
BLANK_LINE_RUN = regex.compile(r"\n{3,}+")

CURLY_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
     "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}
)
# The fixes apply these tables as ``in`` + ``str.replace`` per character, which run at
# memchr speed, where str.translate with a dict costs a Python lookup per character.
CURLY_QUOTE_PAIRS = tuple((chr(k), v) for k, v in CURLY_QUOTES.items())

# Screens for the encoding fix: a UTF-8 lead byte read as Latin-1/cp1252 followed by a
# continuation byte read the same way is how mojibake looks ("Ã©", "â€™", "Ã¼").
MOJIBAKE_SCREEN = regex.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
C1_CONTROL = regex.compile(r"[\x80-\x9f]")
HTML_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);")
# The longest text HTML_ENTITY can match ("&" + 32 letters + ";"), with room to spare.
MAX_ENTITY_CHARS = 40

# Decoding: a character beyond ASCII that is not a replacement, proof of a real UTF-8 sequence.
DECODED_NON_ASCII = regex.compile("[^\x00-\x7f\ufffd]")

# ---- line rules ---------------------------------------------------------------------

MAX_LABEL_CHARS = 40
MAX_DATE_CHARS = 90
MAX_BYLINE_CHARS = 120
MAX_SOCIAL_CHARS = 160

# Punctuation and symbols trimmed from a label before the set lookup ("Close ×" keeps ×).
LABEL_TRIM = " .,:;!?|·•-–—>»«<›‹()[]{}*#"
# Icons a button's label may carry besides its word: "Close ×" is "close", "Back to top ↑"
# is "back to top". Trimmed only for a second lookup, so that "‹ › ×" is still "×".
LABEL_ICONS = LABEL_TRIM + "×✕✖↑↓←→▲▼"

WORD = regex.compile(r"\w++(?:['’]\w++)*+")
TOKEN = regex.compile(r"\d++|[^\W\d_]++|[^\w\s]")

TIME = regex.compile(r"\d{1,2}(?::\d{2}){1,2}+(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|\d{1,2}h\d{2}", regex.I)
NUMERIC_DATE = regex.compile(
    r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?!\d)"
)
NUMERIC_SEPARATOR = regex.compile(r"[-/.]")
ISO_TIMESTAMP = regex.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
RELATIVE_TIME = regex.compile(
    r"(?:(?:updated|posted|published|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)\s*:?\s*)?"
    r"(?:(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|vor\s+(?:\d{1,3}|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
    r"|il y a\s+(?:\d{1,3}|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace\s+(?:\d{1,3}|una?)\s+(?:segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes|años?)"
    r"|há\s+(?:\d{1,3}|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)"
    r"|(?:\d{1,3}|un'?|una)\s+(?:secondi|minuti|minuto|ore|ora|giorni|giorno|settimane|mesi|mese|anni|anno)\s+fa"
    r"|yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|ontem|hoje|ieri|oggi)",
    regex.I,
)
READING_TIME = regex.compile(
    r"(?:\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?\.?)\s+(?:read|reading)"
    r"|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura|lectura"
    r"|tempo de leitura|leitura|tempo di lettura|lettura)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute[sn]?|utos?|uti)?\.?)"
    r"|\d{1,3}\s*(?:min(?:utes?|utos?|uti|uten)?\.?)\s+(?:de lecture|de lectura|de leitura|di lettura|lesezeit))",
    regex.I,
)
# A decimal digit (Unicode Nd): every date line but a relative one holds one. The same
# definition screens a whole page at once (see take.dates), so it is also the one
# dates.is_date_line uses.
DIGIT = re.compile(r"\d")
DIGIT_LINE = regex.compile(r"\d[^\n]*+")  # ``regex`` runs this one twice as fast as ``re``
# A word as TOKEN sees it: a run of letters (no digits, no "_").
LETTER_RUN = regex.compile(r"[^\W\d_]++")
FIRST_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
YEAR = regex.compile(r"(?:19|20)\d{2}")

# ---- bylines ------------------------------------------------------------------------

BYLINE_PREFIX = regex.compile(
    r"(?:" + "|".join(regex.escape(p) for p in sorted(lexicon.BYLINE_PREFIXES, key=len, reverse=True))
    + r")(?:\s*:\s*|\s++)",
    regex.I,
)
# After the names: a separator, then an agency or role ("Reuters", "Staff Writer").
# The lookbehind tries a run of spaces once, from its start (a search from every space in a
# run is quadratic); a dash needs its spaces on both sides: "Jane Doe - Reuters".
BYLINE_TAIL = regex.compile(r"(?<!\s)\s*+[,|/•·]|\s[-–—]\s")

# ---- captions and credits -------------------------------------------------------------

# Agencies and photo libraries named at the end of a caption, longest first.
CREDIT_AGENCIES = (
    "Associated Press", "Getty Images", "Shutterstock", "iStockphoto", "iStock", "Alamy", "REUTERS",
    "Reuters", "Unsplash", "Pixabay", "Pexels", "ANSA", "AFP", "EPA", "EFE", "dpa", "AP",
)
# Free photo libraries, credited "Photo by Jane Doe on Unsplash", "Image by X from Pixabay".
_PHOTO_LIBRARIES = "Unsplash|Pixabay|Pexels"
_CREDIT_AGENCY_NAMES = "|".join(CREDIT_AGENCIES)
_CREDIT_LABEL = (
    r"(?:Photo(?:graph)?s?|Picture|Image|Illustration|Foto(?:s|grafie)?|Bild|Imagen|Imagem|Immagine"
    r"|Crédit photo|Crédito|Credito|Credit|Crédit|Photo credit|Image credit|Bildquelle)"
    r"(?:\s(?:credit|by|de|di|von|par))?"
)
# The credit patterns, one per kind. Each ends the line; ends_with_credit runs a kind only
# on lines that can hold it. CREDIT_AT_END is all of them in one pattern.
# "— Twitter/@SecBlinken", "- Instagram/@x"
_CREDIT_NETWORK = r"[—–\-|]\s*(?:Twitter|X|Instagram|Facebook|TikTok|YouTube)\s*/\s*@?\w{1,30}+"
# "(AP Photo/Evan Vucci)", "(Photo by Jane Doe/Getty Images)", "(Reuters)", "(The Associated Press)"
_CREDIT_BRACKETS = (
    r"\((?:The )?(?:AP|AFP|Associated Press|Reuters|REUTERS|EPA|dpa|Getty|Photo|Foto|Image|Picture|Bild"
    r"|Imagen|Imagem|Immagine|Credit|Crédit|Crédito)\b[^()\n]{0,80}+\)"
)
# "Photo: Reuters", "Foto: dpa", "Image credit: NASA", "Photograph: Jane Doe/Guardian"
# After a sentence or a dash the credit may be anything short; after a bare space, inside
# a line, it must not end like a sentence: "mit einem Bild: eine Brücke, die ... endet."
_CREDIT_LABELLED = (
    r"(?:^|[.!?)\]]\s|\s[—–\-|]\s)" + _CREDIT_LABEL + r"\s{0,3}+:\s{0,3}+[^\n]{1,80}+"
    r"|\s" + _CREDIT_LABEL + r"\s{0,3}+:\s{0,3}+[^\n]{1,80}+(?<![.!?…])"
)
# "... / Getty Images", "AFP via Getty Images", "REUTERS/Jane Doe", "Shutterstock";
# "© Reuters", "Jane Doe, AP", "Jane Doe / Reuters file" (an archive photo), "Photo by
# Jane Doe on Unsplash"; not a sentence that ends with the name: "Why I left Reuters"
_CREDIT_BY_AGENCY = (
    r"(?:^|[.!?)\],:;©]\s|[/|—–\-(©]\s?|\s(?:via|copyright)\s)(?:" + _CREDIT_AGENCY_NAMES + r")(?:/[\w .'-]{1,60}+)?"
    r"(?:,?\s(?:file|File|FILE))?\)?"
    r"|\s(?:on|from)\s(?:" + _PHOTO_LIBRARIES + r")"
)
# A line that is only a credit: "Photograph by Ed Marshall, Redonda Restoration Programme",
# "Photo courtesy of NASA", "Foto von Anna Schmidt". A name follows (a capital or a digit
# first), short and ending no sentence: "Photos by local artists line the walls." is
# prose. After "von" (also "of": "Bilder von Paris" is a gallery's heading), a name of two
# capitalised words at least. "de", "di", "par", "da" mean "of" as often: not taken.
_CREDIT_LINE_LABEL = r"(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?|Fotos?|Fotografie|Bilder|Bild)"
CREDIT_LINE = regex.compile(
    _CREDIT_LINE_LABEL + r" (?:"  # a space: what take.captions screens for
    r"(?:by|courtesy(?:\sof)?)\s++[\p{Lu}\d][^\n]{0,59}+"
    r"|von\s++\p{Lu}[^\s]*+\s++\p{Lu}[^\n]{0,50}+"
    r")(?<![.!?…:;,])"
)
_AT_END = r")\s*+$"
CREDIT_AT_END = regex.compile(
    "(?:" + "|".join((_CREDIT_NETWORK, _CREDIT_BRACKETS, _CREDIT_LABELLED, _CREDIT_BY_AGENCY)) + _AT_END
)
CREDIT_NETWORK_AT_END = regex.compile("(?:" + _CREDIT_NETWORK + _AT_END)
CREDIT_BRACKETS_AT_END = regex.compile("(?:" + _CREDIT_BRACKETS + _AT_END)
CREDIT_LABELLED_AT_END = regex.compile("(?:" + _CREDIT_LABELLED + _AT_END)
CREDIT_BY_AGENCY_AT_END = regex.compile("(?:" + _CREDIT_BY_AGENCY + _AT_END)

# A match ends the line and holds at most 103 characters besides at most four runs of
# white space (alternative by alternative: 103, 102, 42 and 95). So when the last
# _CREDIT_WINDOW characters hold no run of 24 white-space characters, any match starts
# inside them (103 + 4 * 23 < 200), and the search can start there.
_CREDIT_WINDOW = 200
_CREDIT_LONG_SPACE = regex.compile(r"\s{24}")
# After its "/", a network credit holds at most 31 characters and an agency credit 61,
# white space around them aside; after its ":", a labelled credit holds at most 83.
_AFTER_NETWORK_SLASH = 31
_AFTER_AGENCY_SLASH = 61
_AFTER_LABEL_COLON = 83


_CREDIT_ENDINGS = (")", *CREDIT_AGENCIES, " file", " File", " FILE")
_CREDIT_LAST_CHARS = frozenset(ending[-1] for ending in _CREDIT_ENDINGS)


def credit_candidates(lines: list[str]) -> list[int]:
    """Return the indexes of the lines that ends_with_credit may accept: a cheap necessary test.

    Every credit holds "/" (network, agency), ":" among the last 84 characters (labelled)
    or ends in ")" or an agency's name; white space at the end (a block from a pipeline
    without fix.spaces) sends the line to the full test.
    """
    return [
        i for i, line in enumerate(lines)
        if "/" in line or ":" in line[-_AFTER_LABEL_COLON - 1 :] or line[-1:].isspace()
        or line[-1:] in _CREDIT_LAST_CHARS and line.endswith(_CREDIT_ENDINGS)
    ]


def ends_with_credit(line: str) -> bool:
    """Return whether CREDIT_AT_END finds a credit at the end of the line, in time bounded on long lines.

    Each kind of credit is looked for only where it can be: a credit in brackets at the
    last "(", the others in the last 200 characters, and only when the line holds the
    "/" or ":" or ending that kind needs. The answer is CREDIT_AT_END's
    (tests/test_screens.py compares them).

    >>> ends_with_credit("Crowds at the gate. (AP Photo/Evan Vucci)")
    True
    >>> ends_with_credit("Thanks to @alice for the photo.")
    False
    """
    text = line.rstrip()  # every kind ends the line, white space aside
    if text.endswith(")"):
        bracket = text.rfind("(")
        if bracket >= 0 and CREDIT_BRACKETS_AT_END.match(line, bracket):
            return True
    start = len(line) - _CREDIT_WINDOW
    if start <= 0 or _CREDIT_LONG_SPACE.search(line, start):
        start = 0
    window = line[start:] if start else line  # every match lies in it
    # ``pos`` keeps "^" meaning the line's real start, where slicing would not.
    slash = text.rfind("/")
    after_slash = len(text[slash + 1 :].lstrip()) if slash >= 0 else None
    if after_slash is not None and after_slash <= _AFTER_NETWORK_SLASH and _names_one(window, _CREDIT_NETWORKS):
        if CREDIT_NETWORK_AT_END.search(line, start):
            return True
    if ":" in text[-_AFTER_LABEL_COLON - 1 :] and _names_one(window, _CREDIT_LABEL_STEMS):
        if CREDIT_LABELLED_AT_END.search(line, start):
            return True
    by_agency = (
        text.endswith(_CREDIT_ENDINGS)
        or (after_slash is not None and after_slash <= _AFTER_AGENCY_SLASH)
    )
    return by_agency and _names_one(window, CREDIT_AGENCIES) and CREDIT_BY_AGENCY_AT_END.search(line, start) is not None


# Words every match of a kind holds, case as in the patterns: a network's name, a part of
# every credit label ("Photograph" holds "Photo", "Crédito" holds "Crédit"), an agency.
_CREDIT_NETWORKS = ("Twitter", "X", "Instagram", "Facebook", "TikTok", "YouTube")
_CREDIT_LABEL_STEMS = ("Photo", "Picture", "Image", "Illustration", "Foto", "Bild", "Immagine", "Crédit", "Credit")


def _names_one(text: str, names: tuple[str, ...]) -> bool:
    for name in names:
        if name in text:
            return True
    return False


# ---- social chrome ----------------------------------------------------------------------

SHARE_TOKEN = regex.compile(r"\w++(?:['’-]\w++)*+")
# The same tokens with the standard library's engine, which finds the first one faster.
FIRST_SHARE_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
HANDLE = regex.compile(r"(?<![\w@])@\w{1,30}+")
PIC_TWITTER = regex.compile(r"pic\.twitter\.com/\w++", regex.I)
# What an embedded Instagram post leaves in a text dump: "A post shared by Jane Doe (@jane)
# on Jun 15, 2019 at 11:55am PDT", in the reader's language; the post itself is an image.
# Matched at the line's start only, with the name's run and the date bounded: one try.
EMBEDDED_POST_SIGNATURE = regex.compile(
    r"(?:a\s+post\s+shared\s+by|ein\s+beitrag\s+geteilt\s+von|une\s+publication\s+partagée\s+par"
    r"|una\s+publicación\s+compartida\s+(?:de|por)|uma\s+publicação\s+compartilhada\s+por"
    r"|un\s+post\s+condiviso\s+da)\s[^\n]{0,80}?\(@[\w.]{1,30}\)"
    # then nothing but the date: "on", "am", "le", "el", "em" or "il" and a few words.
    r"(?:\s+(?:on|am|le|el|em|il)\s[^\n]{1,40})?\s*$",
    regex.I,
)
FOLLOW_US = regex.compile(
    r"^(?:follow|like|join|find)\s+us\s+(?:on|at)\b"
    r"|^follow\s+@\w+"
    # "Follow Newsbeat on Instagram, ...": a name, then a network right after "on"; the
    # name is short, and the lazy run bounded, so a try costs at most 60 steps.
    r"|^follow\s+\S[^\n]{0,60}?\s+on\s+(?:facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky"
    r"|mastodon|snapchat|x)\b"
    r"|^folgen\s+sie\s+uns\b"
    r"|^suivez[- ]nous\b"
    r"|^s[íi]guenos\b"
    r"|^siga[- ](?:nos|a)\b|^sigam[- ]nos\b"
    r"|^seguici\b",
    regex.I,
)

# ---- the article classifier ---------------------------------------------------------------

# Between the parts of a page title: "Headline - Site", "Site | Section | Headline". The
# lookbehind tries a run of spaces once, from its start: a search from each space is quadratic.
TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s++[-|–—:·»/]++\s++")
# A colon right after a word, in a page title: TITLE_SEPARATOR wants a space before its
# separator, but "Site: Headline" and "Headline: Subtitle" have none. The lookbehind starts
# a try only where a run of colons starts: a try from each colon of a long run is quadratic.
TITLE_COLON = regex.compile(r"(?<![\s:]):++\s++")
# A character of a script written without spaces between words.
# Runs, not characters: findall then builds one string a run, not one a character.
CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]++")
# The scripts of South-East Asia that write words without spaces (Thai, Lao, Khmer,
# Myanmar): their words are longer in characters than CJK ones (vowel signs and tone marks
# are characters of their own), so they are counted apart.
SPACELESS_RUN = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]++")
# A line that ends with a colon ("You will need:"), in lines joined by "\n".
ENDS_WITH_COLON = re.compile(r":$", re.M)
# An item of a numbered list, its number captured: "1) Lego Star Wars", "12. Thriller".
LIST_ITEM = re.compile(r"(\d{1,3})[.)]\s+\S")

# ---- the HTML path ------------------------------------------------------------------

# Decoding a page's bytes (cleantext.html.decode).
HTML_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9._:-]+)""", re.IGNORECASE
)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9._:-]+)""", re.IGNORECASE)
# A byte sequence that only UTF-8 would write: a lead byte and its continuation bytes.
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
# A word with a letter beyond ASCII. Matches start at a word's start only, and the atomic
# group commits to its first such letter: one pass over each word.
NON_ASCII_WORD = regex.compile(r"(?<!\w)(?>\w*?[^\x00-\x7f\W])\w*+")
NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Telling a page from text (cleantext.html.detect).
# Blanks, comments, an XML declaration and processing instructions may come before the start.
# One blank at a time and a possessive loop: "(?:\s+)*" would try every way to split a run
# of blanks when what follows fails.
HTML_PROLOGUE = regex.compile(r"(?:\s|<!--.*?-->|<\?[^>]*+>)*+", regex.DOTALL)
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)(?=[\s>/])", re.IGNORECASE)
# Any tag or doctype: what a page must have for the HTML path to make sense of it.
HTML_ANY_TAG = re.compile(r"<(?:!doctype|/?[a-zA-Z][a-zA-Z0-9:-]*(?=[\s/>]))", re.IGNORECASE)

# Extraction (cleantext.html.extract).
# Starts only where a run of blanks starts, and never gives blanks back: linear.
PAGE_TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s++[|\-\u2013\u2014\u00b7\u2022]\s+")

# Flattening a page to visible text (cleantext.html.flatten).
FLAT_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")
FLAT_SPACES = re.compile(r"\s+")  # a source line break is a space on screen, except in <pre>

# Judging trafilatura's paragraphs (cleantext.html.judge).
# A label that introduces links to other articles, followed by a separator or a domain.
RELATED_LABEL = re.compile(
    r"""^\W{0,3}(?:
        (?:related|recommended|more|trending|popular|top)(?:\ \w+){0,2}
      | read\ (?:more|also|next|this)(?:\ \w+){0,2} | also\ read | see\ (?:more|also)
      | further\ reading | you\ (?:may|might)\ also\ (?:like|enjoy) | don['’]?t\ miss
      | also\ on\ \S+\.[a-z]{2,}\b
    )\s*(?:[:|\u2013\u2014>»…-]|\.\.\.|(?=\s)|$)""",
    re.IGNORECASE | re.VERBOSE,
)
SENTENCE_END_AT_LINE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
PLAIN_WORD = re.compile(r"\w+")
