"""Pools of people's and companies' names in Russian and English, drawn from in bulk.

The pools are small (tens to thousands of entries) and built once; a million names are then
drawn by indexing numpy object arrays, which is two orders of magnitude faster than a
per-row generator such as Faker. E-mail domains are under ``example`` names on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from salesdesk.demo.names_data import EN, RU, LanguageNames

ObjectArray = np.ndarray

_TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "'": "",
        " ": "",
        "-": "",
        "&": "",
        ".": "",
        "«": "",
        "»": "",
        "№": "",
    }
)


def latin_slug(text: str) -> str:
    """Lower-case Latin letters for e-mail addresses: 'Пётр Соколов' -> 'petrsokolov'."""
    return text.lower().translate(_TRANSLIT)


def feminine_surname(surname: str) -> str:
    """The Russian feminine form: Иванов -> Иванова, Троицкий -> Троицкая, Черных stays."""
    for male, female in (("ский", "ская"), ("цкий", "цкая"), ("ой", "ая")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    return surname


@dataclass(frozen=True)
class People:
    """Drawn people: display names and e-mail local parts (``i.ivanova``)."""

    names: ObjectArray
    email_locals: ObjectArray


@dataclass(frozen=True)
class Companies:
    names: ObjectArray
    domains: ObjectArray


class NamePools:
    """The name pools of one language."""

    def __init__(self, language: str) -> None:
        self.words: LanguageNames = RU if language == "ru" else EN
        self.russian = language == "ru"
        words = self.words
        self._first = (object_array(words.male_first), object_array(words.female_first))
        self._last = (object_array(words.surnames), object_array(self._female_surnames()))
        self._patronymic = (
            object_array(m for m, _ in words.patronymics),
            object_array(f for _, f in words.patronymics),
        )
        self._first_latin = _latin(self._first)
        self._last_latin = _latin(self._last)
        self.personal_domains = object_array(words.personal_domains)

    def _female_surnames(self) -> list[str]:
        if self.russian:
            return [feminine_surname(s) for s in self.words.surnames]
        return list(self.words.surnames)

    def people(self, rng: np.random.Generator, n: int, *, formal: bool = False) -> People:
        """``n`` people; ``formal`` gives Russian 'Фамилия Имя Отчество' (customers' style)."""
        female = rng.random(n) < 0.5
        first_i = rng.integers(0, 1 << 30, n)
        last_i = rng.integers(0, 1 << 30, n)
        first = _pick_by_gender(self._first, female, first_i)
        last = _pick_by_gender(self._last, female, last_i)
        first_latin = _pick_by_gender(self._first_latin, female, first_i)
        last_latin = _pick_by_gender(self._last_latin, female, last_i)
        if formal and self.russian:
            middle = _pick_by_gender(self._patronymic, female, rng.integers(0, 1 << 30, n))
            names = [f"{a} {b} {c}" for a, b, c in zip(last, first, middle, strict=True)]
        else:
            names = [f"{a} {b}" for a, b in zip(first, last, strict=True)]
        locals_ = [f"{a[0]}.{b}" for a, b in zip(first_latin, last_latin, strict=True)]
        return People(object_array(names), object_array(locals_))

    def companies(self, rng: np.random.Generator, n: int, account_type: str) -> Companies:
        names, domains = company_pool(self.russian, account_type)
        picks = rng.integers(0, len(names), n)
        return Companies(names[picks], domains[picks])


def object_array(values: Iterable[object]) -> ObjectArray:
    """A numpy array of Python objects (strings, None): indexing it never copies text."""
    items = list(values)
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def pick_texts(rng: np.random.Generator, texts: Sequence[str], n: int) -> ObjectArray:
    """``n`` texts drawn at random from ``texts``."""
    return object_array(texts)[rng.integers(0, len(texts), n)]


def _latin(pools: tuple[ObjectArray, ObjectArray]) -> tuple[ObjectArray, ObjectArray]:
    return object_array(map(latin_slug, pools[0])), object_array(map(latin_slug, pools[1]))


def _pick_by_gender(
    pools: tuple[ObjectArray, ObjectArray], female: np.ndarray, raw: np.ndarray
) -> ObjectArray:
    male_pool, female_pool = pools
    picked = male_pool[raw % len(male_pool)]
    picked[female] = female_pool[raw[female] % len(female_pool)]
    return picked


@cache
def company_pool(russian: bool, account_type: str) -> tuple[ObjectArray, ObjectArray]:
    """Every company name of one account type, with an e-mail domain for each."""
    words = RU if russian else EN
    if account_type == "public_sector":
        pairs = {
            (
                pattern.format(n=n, town=words.towns[n % len(words.towns)]),
                f"{slug}{n}.{words.domain_suffix}",
            )
            for pattern, slug in words.public_patterns
            for n in range(1, 121)
        }
    else:
        patterns = words.corporate_patterns if account_type == "corporate" else words.smb_patterns
        pairs = {
            (pattern.format(**fields), f"{latin_slug(fields['slug'])}.{words.domain_suffix}")
            for pattern in patterns
            for fields in _pattern_fillers(words, pattern)
        }
    names, domains = zip(*sorted(pairs), strict=True)
    return object_array(names), object_array(domains)


def _pattern_fillers(words: LanguageNames, pattern: str) -> list[dict[str, str]]:
    """The fields a company-name pattern is filled with; ``slug`` names its web domain."""
    if "{brand}" in pattern:
        brands = (p + s for p in words.brand_prefixes for s in words.brand_suffixes)
        return [{"brand": b, "slug": b} for b in brands]
    if "{trade}" in pattern:
        return [
            {"surname": s, "trade": t, "slug": s + t} for s in words.surnames for t in words.trades
        ]
    return [
        {"surname": s, "initials": i, "slug": s + i} for s in words.surnames for i in words.initials
    ]
