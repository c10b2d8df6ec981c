"""Russian for the database layer, errors and the command-line frame."""

MESSAGES = {
    "{address} is not an e-mail address (name@example.com).": "{address} — не адрес электронной почты (name@example.com).",
    "No database at {path}.": "Нет базы данных {path}.",
    "{path} already exists; it was left as it is.": "{path} уже существует; файл не тронут.",
    "{path} is not a SalesDesk database ({what}); it was left unchanged.": "{path} — не база SalesDesk ({what}); файл не изменён.",
    "{path} is damaged ({what}); it was left unchanged. Restore it from a backup.": "{path} повреждён ({what}); файл не изменён. Восстановите его из резервной копии.",
    "{path} was written by a newer SalesDesk (schema {found}; this version reads up to "
    "{supported}); it was left unchanged. Update SalesDesk to open it.": "{path} записан более новой версией SalesDesk (схема {found}; эта версия читает до "
    "{supported}); файл не изменён. Обновите SalesDesk, чтобы открыть его.",
    "another process": "другой процесс",
    "The database is open for writing by {who}.": "База открыта на запись: {who}.",
    "The database is open read-only; the change was not saved.": "База открыта только для чтения; изменение не сохранено.",
    "not an SQLite file": "это не файл SQLite",
    "an SQLite file of another application": "файл SQLite другой программы",
    "the file is truncated": "файл обрезан",
    "{table} row {row} refers to a missing {parent}": "{table}, строка {row}: ссылка на отсутствующую запись {parent}",
    "see --help": "см. --help",
    "SalesDesk from the command line.": "SalesDesk из командной строки.",
    "show tracebacks": "показывать трассировку ошибок",
    "language of messages and reports": "язык сообщений и отчётов",
    "Interrupted; nothing was changed.": "Прервано; ничего не изменено.",
    "unexpected error: {error} (run with --debug for details)": "непредвиденная ошибка: {error} (подробности — с --debug)",
    "the database file": "файл базы данных",
    "{text!r} is not a date; use YYYY-MM-DD": "{text!r} — не дата; используйте ГГГГ-ММ-ДД",
    "create a new, empty database": "создать новую пустую базу",
    "company name": "название компании",
    "ISO 4217 code, e.g. RUB or USD": "код ISO 4217, например RUB или USD",
    "check a database's health": "проверить исправность базы",
    "write a consistent copy of a database": "записать согласованную копию базы",
    "where to write the copy": "куда записать копию",
    "Created {path}.": "Создан файл {path}.",
    "Schema version {found} (this SalesDesk: {supported}).": "Версия схемы {found} (эта версия SalesDesk: {supported}).",
    "The schema is older; it is upgraded the next time the file is opened.": "Схема старее; она будет обновлена при следующем открытии файла.",
    "Integrity and foreign keys: no problems found.": "Целостность и внешние ключи: проблем не найдено.",
    "then rebuild the stored figures from the sales and customers (a repair)": (
        "затем пересчитать хранимые показатели по продажам и клиентам (для исправления)"
    ),
    "Rebuilt the stored figures of the dashboard, goals and customer list.": (
        "Хранимые показатели сводки, целей и списка клиентов пересчитаны."
    ),
    "language of messages and the default for reports": "язык сообщений и язык отчётов по умолчанию",
    "Backed up {path} to {target}.": "Резервная копия {path} записана в {target}.",
    # settings (salesdesk.settings)
    "The retention window runs from 1 to 3,650 days.": ("Окно удержания — от 1 до 3 650 дней."),
    "The at-risk days must be at least 1 and fewer than the retention window.": (
        "Порог угрозы — не меньше 1 дня и меньше окна удержания."
    ),
    "The complaint days run from 0 to 365.": "Срок жалобы — от 0 до 365 дней.",
    "The fiscal year starts in a month from 1 to 12.": (
        "Финансовый год начинается в месяце от 1 до 12."
    ),
    "The currency symbol goes before or after the amount, or as the language has it.": (
        "Знак валюты ставится перед суммой, после неё или как принято в языке."
    ),
    "Choose a geographic, product or customer organisation.": (
        "Выберите организацию: по территориям, по товарам или по клиентам."
    ),
    "The currency is a three-letter ISO 4217 code, e.g. RUB or USD.": (
        "Валюта — трёхбуквенный код ISO 4217, например RUB или USD."
    ),
}

PLURALS = {
    "{n} problem found:": (
        "Найдена {n} проблема:",
        "Найдено {n} проблемы:",
        "Найдено {n} проблем:",
    ),
}
