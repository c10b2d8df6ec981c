"""People's names in the genitive case: "Команда Ивана Петрова", "Клиенты Анны Смирновой".

Babel knows no names, so the common Russian patterns are declined by their endings: first
names, patronymics and the surnames in -ов/-ев/-ин/-ский/-ой (and the indeclinable -ых, -ко,
-о). A name in another script, or a word whose ending says nothing, stays as written, which
reads as a name quoted rather than as a wrong case.
"""

from __future__ import annotations

import re

# Men's first names that end like women's (and decline like them): their surname stays male.
_MALE_IN_A = frozenset({"Никита", "Илья", "Кузьма", "Фома", "Лука", "Савва", "Данила", "Гаврила"})
# Names that lose a vowel: Павел -> Павла, Пётр -> Петра, Лев -> Льва.
_FLEETING = {"Павел": "Павла", "Пётр": "Петра", "Петр": "Петра", "Лев": "Льва"}
_WOMEN_IN_SOFT_SIGN = {"Любовь": "Любови"}
_FEMININE_SURNAME = re.compile(r"(ова|ева|ёва|ина|ына|ская|цкая|ая|яя)$")
_PATRONYMIC = re.compile(r"(вич|ич|вна|чна|шна)$")
_CYRILLIC = re.compile(r"^[А-Яа-яЁё-]+$")


def genitive_name(name: str) -> str:
    """``name`` ("Имя Фамилия", "Фамилия Имя Отчество" or "Имя Отчество Фамилия") in the
    genitive case."""
    words = name.split()
    if not words or not all(_CYRILLIC.match(word) for word in words):
        return name
    roles = _roles(words)
    female = _is_female(words, roles)
    return " ".join(_declined(word, role, female) for word, role in zip(words, roles, strict=True))


def _roles(words: list[str]) -> list[str]:
    """'first', 'middle' (patronymic) or 'last' for each word, from the usual orders."""
    if len(words) == 1:
        return ["first"]
    if len(words) == 3 and _PATRONYMIC.search(words[2]):
        return ["last", "first", "middle"]
    if len(words) == 3 and _PATRONYMIC.search(words[1]):
        return ["first", "middle", "last"]
    return ["first", *(["last"] * (len(words) - 1))]


def _is_female(words: list[str], roles: list[str]) -> bool:
    for word, role in zip(words, roles, strict=True):
        if role == "middle":
            return word.endswith("на")
        if role == "last" and _FEMININE_SURNAME.search(word):
            return True
    first = words[roles.index("first")]
    return (first.endswith(("а", "я")) and first not in _MALE_IN_A) or first in _WOMEN_IN_SOFT_SIGN


def _declined(word: str, role: str, female: bool) -> str:
    if "-" in word:  # a double surname: each part declines
        return "-".join(_declined(part, role, female) for part in word.split("-"))
    if role == "middle":
        return word[:-1] + "ы" if word.endswith("а") else word + "а"
    if role == "last":
        return _surname(word, female)
    return _first_name(word, female)


def _first_name(word: str, female: bool) -> str:
    if word in _FLEETING:
        return _FLEETING[word]
    if word in _WOMEN_IN_SOFT_SIGN:
        return _WOMEN_IN_SOFT_SIGN[word]
    return _noun(word, female)


def _surname(word: str, female: bool) -> str:
    if word.endswith(("ых", "их", "ко", "о", "е", "и", "у", "ю", "ы")):
        return word  # Черных, Шевченко: never declined
    if female:
        for ending, genitive in (("ская", "ской"), ("цкая", "цкой"), ("ая", "ой"), ("яя", "ей")):
            if word.endswith(ending):
                return word[: -len(ending)] + genitive
        if re.search(r"(ова|ева|ёва|ина|ына)$", word):
            return word[:-1] + "ой"
        return _noun(word, female)
    for ending, genitive in (("ский", "ского"), ("цкий", "цкого"), ("ой", "ого"), ("ый", "ого")):
        if word.endswith(ending):
            return word[: -len(ending)] + genitive
    return _noun(word, female)


def _noun(word: str, female: bool) -> str:
    """The genitive of a word declined like a noun: Иван -> Ивана, Андрей -> Андрея,
    Игорь -> Игоря, Анна -> Анны, Ольга -> Ольги, Мария -> Марии, Илья -> Ильи."""
    if word.endswith("я"):  # Мария -> Марии, Илья -> Ильи
        return word[:-1] + "и"
    if word.endswith("а"):
        hushing = len(word) > 1 and word[-2] in "гкхжчшщ"
        return word[:-1] + ("и" if hushing else "ы")
    if female:  # a woman's name or surname ending in a consonant is not declined
        return word
    if word.endswith(("й", "ь")):
        return word[:-1] + "я"
    if word[-1] in "бвгджзклмнпрстфхцчшщ":
        return word + "а"
    return word
