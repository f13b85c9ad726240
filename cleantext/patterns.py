"""Every regular expression cleantext uses, compiled once, each one linear-time.

Rules for adding a pattern here: no nested quantifiers over the same characters, no
unbounded repetition followed by something that can fail and force it to give characters
back (use a possessive ``++``/``*+`` or an atomic group), and apply ``fullmatch`` only to
lines short enough to be what the pattern describes (see the ``MAX_*`` bounds).
"""

from __future__ import annotations

import regex

from . import lexicon

# ---- whole-text fixes ---------------------------------------------------------------

# Line separators other than "\n": CRLF, CR, NEL, VT, FF, LINE/PARAGRAPH SEPARATOR.
LINE_BREAK = regex.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")

# Characters that never belong in clean text. Tab is a space (see EXOTIC_SPACES).
# ZWJ/ZWNJ (U+200C/D) stay: they shape emoji and Indic/Persian words. LRM/RLM stay: bidi.
_HIDDEN_CHARS = r"\x00-\x08\x0e-\x1f\x7f\u00ad\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb\ufffe\uffff"
_C1_CHARS = r"\x80-\x84\x86-\x9f"
INVISIBLE = regex.compile(rf"[{_HIDDEN_CHARS}{_C1_CHARS}\ud800-\udfff]++")
# What an entity may expand to that the invisible fix would take out, so the entity scan
# drops it at once and sees the join it makes ("&am&#8203;p;"): C0, C1, format characters.
HIDDEN_OR_C1 = regex.compile(rf"[{_HIDDEN_CHARS}{_C1_CHARS}]++")
SURROGATE = regex.compile(r"[\ud800-\udfff]")

# Spaces that look like a space: no-break, en/em, thin, narrow, ideographic, tab.
EXOTIC_SPACES = str.maketrans(
    {c: " " for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
     "\u2008\u2009\u200a\u202f\u205f\u3000"}
)
SPACE_RUN = regex.compile(r" {2,}+")
# Spaces at a line's end or start; the lookbehind makes each run match once (linear).
SPACES_AT_LINE_END = regex.compile(r"(?<! ) ++(?=\n|\Z)")
SPACES_AT_LINE_START = regex.compile(r"(?:^|(?<=\n)) ++", regex.M)
BLANK_LINE_RUN = regex.compile(r"\n{3,}+")

CURLY_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
     "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}
)

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
    r"|tempo de leitura|leitura|tempo di lettura|lettura)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute[sn]?|utos|uti)?\.?)"
    r"|\d{1,3}\s*(?:min(?:utes|utos|uti|uten)?\.?)\s+(?:de lecture|de lectura|de leitura|di lettura|lesezeit))",
    regex.I,
)
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

_CREDIT_LABEL = (
    r"(?:Photo(?:graph)?s?|Picture|Image|Illustration|Foto(?:s|grafie)?|Bild|Imagen|Imagem|Immagine"
    r"|Crédit photo|Crédito|Credito|Credit|Crédit|Photo credit|Image credit|Bildquelle)"
    r"(?:\s(?:credit|by|de|di|von|par))?"
)
# The longest text CREDIT_AT_END can match (every repeat in it is bounded): a caption's
# credit is searched for in the line's last this many characters only, so a 20 MB line costs
# no more than a short one.
MAX_CREDIT_CHARS = 240
CREDIT_AT_END = regex.compile(
    r"(?:"
    # "— Twitter/@SecBlinken", "- Instagram/@x"
    r"[—–\-|]\s*(?:Twitter|X|Instagram|Facebook|TikTok|YouTube)\s*/\s*@?\w{1,30}+"
    # "(AP Photo/Evan Vucci)", "(Photo by Jane Doe/Getty Images)", "(Reuters)"
    r"|\((?:AP|AFP|Reuters|REUTERS|EPA|dpa|Getty|Photo|Foto|Image|Picture|Bild|Imagen|Imagem|Immagine|Credit|Crédit|Crédito)\b[^()\n]{0,80}+\)"
    # "Photo: Reuters", "Foto: dpa", "Image credit: NASA", "Photograph: Jane Doe/Guardian"
    # After a sentence or a dash the credit may be anything short; after a bare space, inside
    # a line, it must not end like a sentence: "mit einem Bild: eine Brücke, die ... endet."
    r"|(?:^|[.!?)\]]\s|\s[—–\-|]\s)" + _CREDIT_LABEL + r"\s{0,3}+:\s{0,3}+[^\n]{1,80}+"
    r"|\s" + _CREDIT_LABEL + r"\s{0,3}+:\s{0,3}+[^\n]{1,80}+(?<![.!?…])"
    # "... / Getty Images", "AFP via Getty Images", "REUTERS/Jane Doe", "Shutterstock";
    # "© Reuters", "Jane Doe, AP"; not a sentence that ends with the name: "Why I left Reuters"
    r"|(?:^|[.!?)\],:;©]\s|[/|—–\-(©]\s?|\s(?:via|copyright)\s)(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy|AFP|AP|REUTERS|Reuters|EPA|dpa|ANSA|EFE)(?:/[\w .'-]{1,60}+)?\)?"
    r")\s*+$"
)

# ---- social chrome ----------------------------------------------------------------------

SHARE_TOKEN = regex.compile(r"\w++(?:['’-]\w++)*+")
HANDLE = regex.compile(r"(?<![\w@])@\w{1,30}+")
PIC_TWITTER = regex.compile(r"pic\.twitter\.com/\w++", regex.I)
# The signature line of an embedded tweet: "— Jane Doe (@jane) July 14, 2023".
TWEET_SIGNATURE = regex.compile(r"^[—–-]\s*[^\n()]{1,60}+\(@\w{1,30}+\)\s*[^\n]{0,40}+$")
FOLLOW_US = regex.compile(
    r"^(?:follow|like|join|find)\s+us\s+(?:on|at)\b"
    r"|^follow\s+@\w+"
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
# A character of a script written without spaces between words.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
