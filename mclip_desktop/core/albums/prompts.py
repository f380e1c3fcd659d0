"""Prompt ensembling for album labels, as in the CLIP paper (Radford et al. 2021, section
3.1.4): a label is embedded in several sentence templates ("a photo of {}") and the
normalised embeddings are averaged, which places it nearer to how photos are described than
the bare word does.

Templates are written in the label's own language where it can be told from the text: the
script settles most languages (kana is Japanese, Han without kana Chinese, Hangul Korean,
Cyrillic Russian, Arabic, ...); for Latin script a few unmistakable letters and short
function words decide between English, German, French, Spanish, Italian and Portuguese.
A short label that says nothing about its language ("Strand") gets the bare label and the
English templates: the multilingual text model maps a word in any language inside an
English frame to the same place, while a template in a wrongly guessed language would add
words of that language to the query.

The bare label is always one of the prompts: labels are often already full descriptions
("Strand und Meer", "receipts on a desk").
"""

from __future__ import annotations

import re
import unicodedata

# Three templates each: enough to average out a template's own bias, few enough that an
# album costs one small batch of text embeddings.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": ("a photo of {}", "a picture of {}", "an image of {}"),
    "de": ("ein Foto von {}", "ein Bild von {}", "eine Aufnahme von {}"),
    "fr": ("une photo de {}", "une image de {}", "une photographie de {}"),
    "es": ("una foto de {}", "una imagen de {}", "una fotografía de {}"),
    "it": ("una foto di {}", "un'immagine di {}", "una fotografia di {}"),
    "pt": ("uma foto de {}", "uma imagem de {}", "uma fotografia de {}"),
    "nl": ("een foto van {}", "een afbeelding van {}", "een plaatje van {}"),
    "ru": ("фотография {}", "фото {}", "изображение {}"),
    "uk": ("фотографія {}", "фото {}", "зображення {}"),
    "zh": ("{}的照片", "一张{}的照片", "{}的图片"),
    "ja": ("{}の写真", "{}の画像", "{}が写っている写真"),
    "ko": ("{}의 사진", "{} 사진", "{}의 이미지"),
    "ar": ("صورة {}", "صورة ل{}", "صورة فوتوغرافية ل{}"),
    "el": ("μια φωτογραφία με {}", "μια εικόνα με {}", "φωτογραφία {}"),
    "he": ("תמונה של {}", "צילום של {}", "תמונה עם {}"),
    "th": ("ภาพถ่ายของ{}", "รูปภาพของ{}", "ภาพของ{}"),
    "hi": ("{} की तस्वीर", "{} की फ़ोटो", "{} की छवि"),
    "tr": ("bir {} fotoğrafı", "{} fotoğrafı", "bir {} resmi"),
    "pl": ("zdjęcie {}", "obraz {}", "fotografia {}"),
}

# Unicode script of a character, from the start of its Unicode name.
_SCRIPT_PREFIXES = (
    ("HIRAGANA", "kana"),
    ("KATAKANA", "kana"),
    ("CJK", "han"),
    ("HANGUL", "hangul"),
    ("CYRILLIC", "cyrillic"),
    ("ARABIC", "arabic"),
    ("GREEK", "greek"),
    ("HEBREW", "hebrew"),
    ("THAI", "thai"),
    ("DEVANAGARI", "devanagari"),
    ("LATIN", "latin"),
)

_SCRIPT_LANGUAGE = {
    "hangul": "ko",
    "arabic": "ar",
    "greek": "el",
    "hebrew": "he",
    "thai": "th",
    "devanagari": "hi",
}

# Letters that occur in one of the Latin-script languages and in none of the others here.
_LATIN_LETTERS = (
    ("ß", "de"),
    ("ñ", "es"),
    ("¿", "es"),
    ("¡", "es"),
    ("ã", "pt"),
    ("õ", "pt"),
    ("œ", "fr"),
    ("ç", "fr"),
    ("è", "fr"),
    ("ê", "fr"),
    ("ë", "fr"),
    ("î", "fr"),
    ("ï", "fr"),
    ("ù", "fr"),
    ("û", "fr"),
    ("ğ", "tr"),
    ("ş", "tr"),
    ("ı", "tr"),
    ("ł", "pl"),
    ("ą", "pl"),
    ("ę", "pl"),
    ("ś", "pl"),
    ("ż", "pl"),
    ("ź", "pl"),
    ("ä", "de"),
    ("ö", "de"),
    ("ü", "de"),
)

# Short function words that mark a language in a phrase ("Strand und Meer").
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"the", "and", "of", "with", "on", "in", "at", "my", "a", "an"}),
    "de": frozenset({"und", "der", "die", "das", "mit", "im", "am", "beim", "ein", "eine", "vom"}),
    "fr": frozenset({"et", "le", "la", "les", "du", "des", "avec", "au", "aux", "sur", "une"}),
    "es": frozenset({"y", "el", "los", "las", "del", "con", "en", "una", "al"}),
    "it": frozenset({"e", "il", "lo", "gli", "della", "delle", "con", "nel", "una", "di"}),
    "pt": frozenset({"e", "o", "os", "as", "do", "da", "dos", "das", "com", "no", "na", "um"}),
    "nl": frozenset({"en", "het", "de", "een", "met", "van", "op", "bij"}),
}

_WORD = re.compile(r"\w+", re.UNICODE)


def scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text`` (digits, spaces and punctuation have none)."""
    found: set[str] = set()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for prefix, script in _SCRIPT_PREFIXES:
            if name.startswith(prefix):
                found.add(script)
                break
    return found


def detect_language(text: str) -> str | None:
    """The language of a short label, or None when the text does not tell."""
    found = scripts(text)
    if "kana" in found:
        return "ja"
    if "han" in found:
        return "zh"
    if "cyrillic" in found:
        return "uk" if any(c in text.lower() for c in "іїєґ") else "ru"
    for script, language in _SCRIPT_LANGUAGE.items():
        if script in found:
            return language
    if found != {"latin"}:
        return None
    lowered = text.lower()
    for letter, language in _LATIN_LETTERS:
        if letter in lowered:
            return language
    words = _WORD.findall(lowered)
    votes = {
        language: sum(word in marks for word in words)
        for language, marks in _FUNCTION_WORDS.items()
    }
    best = max(votes.values(), default=0)
    winners = [language for language, count in votes.items() if count == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def prompts_for(label: str) -> list[str]:
    """The texts whose embeddings are averaged for ``label``: the label itself, then the
    templates of its language (English ones when the language cannot be told)."""
    label = " ".join(label.split())
    language = detect_language(label) or "en"
    templates = TEMPLATES.get(language, TEMPLATES["en"])
    return [label, *(template.format(label) for template in templates)]
