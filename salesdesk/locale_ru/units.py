"""Units a manual goal is measured in, with their forms, so that a number takes the right one
("1 балл", "2 балла", "45 баллов"; "1 point", "45 points"). A unit is recognised in any of its
forms, as the manager typed it."""

# Russian: one / few / many (the CLDR plural forms; fractions take "few": 2,5 балла), then
# the nominative plural, which a manager may type as the unit ("баллы").
RUSSIAN_UNITS: tuple[tuple[str, ...], ...] = (
    ("балл", "балла", "баллов", "баллы"),
    ("пункт", "пункта", "пунктов", "пункты"),
    ("клиент", "клиента", "клиентов", "клиенты"),
    ("звонок", "звонка", "звонков", "звонки"),
    ("встреча", "встречи", "встреч"),
    ("визит", "визита", "визитов", "визиты"),
    ("заказ", "заказа", "заказов", "заказы"),
    ("сделка", "сделки", "сделок"),
    ("отзыв", "отзыва", "отзывов", "отзывы"),
    ("штука", "штуки", "штук"),
    ("день", "дня", "дней", "дни"),
    ("час", "часа", "часов", "часы"),
    ("рубль", "рубля", "рублей", "рубли"),
)
# English: one / other.
ENGLISH_UNITS: tuple[tuple[str, ...], ...] = (
    ("point", "points"),
    ("customer", "customers"),
    ("call", "calls"),
    ("meeting", "meetings"),
    ("visit", "visits"),
    ("order", "orders"),
    ("deal", "deals"),
    ("review", "reviews"),
    ("piece", "pieces"),
    ("day", "days"),
    ("hour", "hours"),
)
