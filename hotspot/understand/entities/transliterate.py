"""Russian names in Latin letters, the ways the English-language press writes them.

Linking a Russian name to an English actor needs its Latin spelling, and the
press has no single one: BGN/PCGN writes Токаев *Tokayev* and Лукашенко
*Lukashenko*; the passport system and Russian outlets write *Tokaev*; Зеленский
is *Zelensky* in the news and *Zelenskiy* in BGN/PCGN; Рахмон is *Rahmon*, not
*Rakhmon*. :func:`latin` gives the news spelling (BGN/PCGN with the final
*-y* of adjectival surnames), :func:`latin_variants` the few others a name is
also found under. Only the English tables decide whether a spelling names
anyone: a variant is a key to look up, never a name on its own.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
SOFT_AND_HARD_SIGNS = frozenset("ъьЪЬ")

# BGN/PCGN (1947) for Russian, without its diacritics and apostrophes (ё → yo, ь and ъ dropped), as the
# English-language press writes Russian names. 'е' and 'ё' depend on what precedes them: see _letter.
LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh letters that Kazakh names keep in Russian text (Жаңаөзен).
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}


def _letter(text: str, i: int, *, iotated_e: bool, yo: str, short_i: str, kh: str) -> str:
    char = text[i]
    low = char.lower()
    previous = text[i - 1] if i > 0 else ""
    after_vowel = not previous.isalpha() or previous in VOWELS or previous in SOFT_AND_HARD_SIGNS
    if low == "е":
        out = "ye" if iotated_e and after_vowel else "e"
    elif low == "ё":
        out = "yo" if after_vowel else yo
    elif low == "й":
        out = short_i
    elif low == "х":
        out = kh
    else:
        out = LETTERS.get(low, char)
    if char != low and out:
        following = text[i + 1] if i + 1 < len(text) else ""
        # An all-capitals word stays in capitals (ОДКБ → ODKB); a capitalised one is capitalised (Жанаозен → Zhanaozen).
        out = out.upper() if following.isupper() or (not following.isalpha() and previous.isupper()) else out.capitalize()
    return out


def _spell(text: str, *, iotated_e: bool = True, yo: str = "yo", short_i: str = "y", kh: str = "kh",
           adjective_y: bool = True) -> str:
    words = []
    for word in text.split(" "):
        ending = ""
        low = word.lower()
        if adjective_y and len(word) > 3 and low.endswith(("ий", "ый")) and word[-1].islower():
            word, ending = word[:-2], "y"  # Зеленский → Zelensky, Красный → Krasny
        spelled = "".join(_letter(word, i, iotated_e=iotated_e, yo=yo, short_i=short_i, kh=kh) for i in range(len(word)))
        words.append(spelled + ending)
    return " ".join(words)


@lru_cache(maxsize=16384)
def latin(text: str) -> str:
    """The news spelling of a Russian name: Токаев → Tokayev, Жанаозен → Zhanaozen, Зеленский → Zelensky."""
    return _spell(text)


@lru_cache(maxsize=16384)
def latin_variants(text: str) -> tuple[str, ...]:
    """The news spelling first, then the other spellings a name is commonly found under, without repeats.

    Tokaev (no 'y' before 'e'), Rahmon ('h' for 'х'), Sergei ('i' for 'й'),
    Zelenskiy (BGN/PCGN's adjectival ending), Gorbachev ('e' for 'ё').
    """
    spellings = [
        _spell(text),
        _spell(text, iotated_e=False, yo="e", short_i="i"),
        _spell(text, kh="h"),
        _spell(text, short_i="i"),
        _spell(text, adjective_y=False),
        _spell(text, iotated_e=False),
    ]
    return tuple(dict.fromkeys(spellings))


# BGN/PCGN back into Cyrillic, longest spelling first: only to read names a table gives in Latin letters.
FROM_LATIN: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("zh", "ж"),
    ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("'", "ь"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
    ("h", "х"), ("e", "е"),
)
LATIN_VOWELS = frozenset("aeiouy")


def cyrillic(text: str) -> str:
    """A BGN/PCGN romanisation read back into Russian: "Moskovskaya oblast'" → 'Московская область'.

    Used to index names that a data source only gives romanised (pycountry's
    Russian divisions); 'y' is 'ы' after a consonant and 'й' after a vowel.
    """
    words = []
    for word in text.split(" "):
        low, i = word.lower(), 0
        out: list[str] = []
        while i < len(low):
            if low[i] == "y" and low[i + 1: i + 2] not in ("a", "u", "e", "o"):
                after_vowel = i > 0 and (low[i - 1] in LATIN_VOWELS or out[-1:] == ["ы"])
                out.append("й" if after_vowel else "ы")
                i += 1
                continue
            if low[i] == "e" and (i == 0 or not low[i - 1].isalpha()):
                out.append("э")
                i += 1
                continue
            for spelling, letter in FROM_LATIN:
                if low.startswith(spelling, i):
                    out.append(letter)
                    i += len(spelling)
                    break
            else:
                out.append(low[i])
                i += 1
        spelled = "".join(out)
        words.append(spelled[:1].upper() + spelled[1:] if word[:1].isupper() else spelled)
    return " ".join(words)
