"""The bad-input corpus: hundreds of hostile inputs, generated at import (nothing large on disk).

Each case is (name, data): bytes as a file or stdin would give them, or str as a caller of
the API might (lone surrogates included). Large cases are built once, lazily, and shared.
"""

from __future__ import annotations

import codecs
import random
import unicodedata
from functools import lru_cache
from typing import Callable

SAMPLES = {
    "en": "Close the door.\n\nBy the end of the year, prices rose by 3%.\n“Quoted,” she said — twice.\n",
    "de": "Schließen Sie die Tür.\n\nÄrger über Öl und Größe: 14. Juli 2023, 10:32 Uhr\n",
    "fr": "Fermez la porte.\n\nÉté, hiver, « guillemets » et cœur.\n",
    "es": "Cierra la puerta.\n\n¿Qué año? El 3 de marzo de 2021, señor.\n",
    "pl": "Zamknij drzwi.\n\nŻółć, gęś, źdźbło i łąka.\n",
    "ru": "Закройте дверь.\n\nЁлка, щука и объём.\n",
    "tr": "Kapıyı kapatın.\n\nİstanbul, ığdır, şeker ve çiçek.\n",
    "el": "Κλείστε την πόρτα.\n\nΑθήνα, Θεσσαλονίκη.\n",
    "zh": "请关上门。\n\n中文字符没有空格，也没有换行。\n",
    "ja": "ドアを閉めてください。\n\n日本語の文章です。\n",
    "ar": "أغلق الباب.\n\nالعربية من اليمين إلى اليسار.\n",
    "he": "סגור את הדלת.\n\nעברית ‏(RTL)‏ עם מספרים 123.\n",
}

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
             "cp1252", "latin-1", "gb18030", "shift_jis", "koi8-r", "cp1251", "iso-8859-7", "big5"]


def _encodings() -> list[tuple[str, bytes]]:
    cases = []
    for lang, text in SAMPLES.items():
        for enc in ENCODINGS:
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                data = text.encode(enc, errors="replace")
            cases.append((f"encoding/{lang}/{enc}", data))
        utf8 = text.encode("utf-8")
        cases.append((f"encoding/{lang}/mojibake", utf8.decode("cp1252", errors="replace").encode("utf-8")))
        twice = utf8.decode("latin-1").encode("utf-8").decode("latin-1").encode("utf-8")
        cases.append((f"encoding/{lang}/double-mojibake", twice))
        cases.append((f"encoding/{lang}/truncated-utf8", utf8[:-1] if len(utf8) > 1 else utf8))
        cases.append((f"encoding/{lang}/utf16-without-bom-odd-length", text.encode("utf-16-le") + b"\x00"))
    rng = random.Random(6)
    for i in range(20):
        cases.append((f"encoding/random-bytes/{i}", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))))
    cases += [
        ("encoding/invalid-utf8-continuations", b"\x80\x81\x82 text \xbf"),
        ("encoding/overlong-utf8", b"\xc0\xaf\xe0\x80\xaf slash"),
        ("encoding/utf8-surrogate-bytes", b"\xed\xa0\x80 lone surrogate in UTF-8"),
        ("encoding/utf8-beyond-unicode", b"\xf4\x90\x80\x80 \xf8\x88\x80\x80\x80"),
        ("encoding/bom-only-utf8", codecs.BOM_UTF8),
        ("encoding/bom-only-utf16", codecs.BOM_UTF16_LE),
        ("encoding/bom-then-invalid", codecs.BOM_UTF8 + b"\xff\xfe\xfd"),
        ("encoding/utf16-bom-odd-bytes", codecs.BOM_UTF16_LE + b"a\x00b"),
        ("encoding/utf32-bom-garbage", codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" * 3),
        ("encoding/nul-bytes", b"\x00" * 100),
        ("encoding/crlf-utf16", "line\r\nline\r\n".encode("utf-16")),
    ]
    return cases


def _characters() -> list[tuple[str, str]]:
    cases = []
    for code in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
        cases.append((f"control/U+{code:04X}", f"Before{chr(code)}after.\n{chr(code)}\nLine {chr(code)} end{chr(code)}"))
    formats = [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B,
               0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2066, 0x2069, 0xFEFF, 0xFFF9, 0xFFFB,
               0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0xE000, 0xF8FF, 0x1D173, 0xE0001, 0xE007F, 0x10FFFF]
    for code in formats:
        cases.append((f"format/U+{code:04X}", f"Word{chr(code)}word {chr(code)}\n\n{chr(code) * 50}\nShare{chr(code)}"))
    for code in (0xD800, 0xDBFF, 0xDC00, 0xDFFF):
        cases.append((f"surrogate/U+{code:04X}", f"Text {chr(code)} more\n{chr(code)}\n&#{code};"))
    cases.append(("surrogate/pair-as-two-chars", "Emoji \ud83d\ude00 split"))
    cases.append(("surrogate/flood", "\ud800" * 5000))
    for sep in ("\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"):
        name = unicodedata.name(sep, f"U+{ord(sep):04X}") if len(sep) == 1 else "CRLF"
        cases.append((f"line-break/{name}", f"Title{sep}{sep}Close{sep}Body text here.{sep}"))
    return cases


def _shapes() -> list[tuple[str, str]]:
    rng = random.Random(7)
    combining = [chr(c) for c in range(0x300, 0x370)]
    zalgo = "".join(ch + "".join(rng.choice(combining) for _ in range(30)) for ch in "Zalgo text here")
    return [
        ("shape/zalgo", zalgo + "\n\n" + zalgo),
        ("shape/combining-flood", "e" + "\u0301" * 10000),
        ("shape/combining-alone", "\u0301\u0302\u0303\n\u20dd"),
        ("shape/emoji-zwj", "👩‍👩‍👧‍👦 family 🏳️‍🌈 flag 👍🏽 thumbs\n\n🇩🇪🇫🇷 flags"),
        ("shape/emoji-only-lines", "😀\n\n👍\n\n🔥🔥🔥"),
        ("shape/rtl-mixed", "English then עברית then العربية 123 and back.\n\u202eevil override\u202c"),
        ("shape/bidi-isolates", "\u2067مرحبا\u2069 world \u2066x\u2069"),
        ("shape/cjk-no-spaces", "中" * 50000),
        ("shape/thai-no-spaces", "ภาษาไทยไม่มีช่องว่างระหว่างคำ" * 100),
        ("shape/devanagari", "हिन्दी में लिखा गया वाक्य।\n\nक्षत्रिय"),
        ("shape/fullwidth", "ＦＵＬＬＷＩＤＴＨ　ｔｅｘｔ　１２３"),
        ("shape/ligatures", "ﬁnance ﬂow ﬀ"),
        ("shape/math-alphanumerics", "𝐁𝐨𝐥𝐝 𝕯𝖔𝖚𝖇𝖑𝖊"),
        ("shape/nfd", unicodedata.normalize("NFD", "Ärger über Öl, café, Ñandú")),
        ("shape/hangul-jamo", "\u1100\u1161\u11a8 decomposed"),
        ("shape/entities", "&amp;amp;lt;b&amp;gt; &#0; &#x110000; &#xD800; &nosuch; &"),
        ("shape/entity-flood", "&amp;" * 20000),
        ("shape/only-punctuation", "!!!???...,,,;;;" * 100),
        ("shape/only-spaces", " \t\u00a0\u3000" * 1000),
        ("shape/chrome-only", "Close\nMenu\nShare\n×\nFacebook Twitter Email\n@jane\nAdvertisement\n"),
        ("shape/mojibake-mixed", "CafÃ© â€œquotedâ€\u009d and real “quotes” together"),
    ]


def _sizes() -> list[tuple[str, str]]:
    return [
        ("size/empty", ""),
        ("size/one-newline", "\n"),
        ("size/newlines", "\n" * 1000),
        ("size/one-char", "x"),
        ("size/no-final-newline", "Headline\n\nBody without a final newline"),
        ("size/whitespace-only", " \n\t\n \n"),
        ("size/many-short-lines", "a\n" * 20000),
        ("size/many-paragraphs", "Paragraph.\n\n" * 10000),
        ("size/long-word", "x" * 200_000),
    ]


@lru_cache(maxsize=None)
def large_cases() -> tuple[tuple[str, str], ...]:
    """The large cases, shared by the API and the CLI checks (built once)."""
    return (
        ("large/1M-blank-lines", "\n" * 1_000_000),
        ("large/20MB-line", ("lorem ipsum dolor sit amet, " * 750_000)[:20_000_000]),
        ("large/1M-blank-lines-crlf", "\r\n" * 1_000_000 + "end"),
    )


def corpus() -> list[tuple[str, str | bytes]]:
    """Every small case (the large ones come from large_cases())."""
    return _encodings() + _characters() + _shapes() + _sizes()


GENERATED: dict[str, Callable[[], list]] = {"corpus": corpus}
