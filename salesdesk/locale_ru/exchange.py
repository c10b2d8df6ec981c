"""Russian for import and export: field labels (also the headers of exported files, which
import back by them), problems found in files, and the ``import`` / ``export`` commands."""

MESSAGES = {
    # field labels: sales
    "Order ref": "Номер заказа",
    "Line ref": "Номер строки",
    "Date": "Дата",
    "Customer code": "Код клиента",
    "Customer": "Клиент",
    "Account type": "Тип клиента",
    "Territory": "Территория",
    "Product code": "Артикул",
    "Product": "Товар",
    "Category": "Категория",
    "Quantity": "Количество",
    "Unit price": "Цена",
    "Discount": "Скидка",
    "Amount": "Сумма",
    "Cost": "Себестоимость",
    "Channel": "Канал",
    "Member": "Сотрудник",
    # customers, products, members
    "Code": "Код",
    "Name": "Наименование",
    "Customer kind": "Вид клиента",
    "Owner": "Ответственный",
    "Persona": "Персона",
    "Acquisition channel": "Канал привлечения",
    "Created on": "Дата создания",
    "Contact": "Контактное лицо",
    "Email": "Эл. почта",
    "Phone": "Телефон",
    "Status": "Статус",
    "Lost reason": "Причина потери",
    "Notes": "Заметки",
    "Unit cost": "Себестоимость",
    "List price": "Цена по прайсу",
    "Active": "Активен",
    "Full name": "ФИО",
    "Role": "Роль",
    "Team": "Команда",
    "Reports to": "Руководитель",
    "Hired on": "Дата приёма",
    "Left on": "Дата увольнения",
    "Capacity": "Макс. клиентов",
    # goals (export only)
    "Title": "Название",
    "Description": "Описание",
    "Metric": "Показатель",
    "Unit": "Единица",
    "Parent goal": "Родительская цель",
    "Scope": "Область",
    "Baseline": "База",
    "Target": "Цель",
    "Direction": "Направление",
    "Budget": "Бюджет",
    "Start": "Начало",
    "End": "Окончание",
    "Resources": "Ресурсы",
    # reading files
    "CSV, {encoding}, delimiter {delimiter}": "CSV, {encoding}, разделитель {delimiter}",
    "tab": "табуляция",
    "No file at {path}.": "Нет файла {path}.",
    "{path} is an old Excel file (.xls); save it as .xlsx or CSV.": "{path} — файл старого формата Excel (.xls); сохраните его как .xlsx или CSV.",
    "Column {number}": "Столбец {number}",
    "{path} has no rows.": "В файле {path} нет строк.",
    "{path} is not valid {encoding} near line {line}; save it as UTF-8.": "{path} не в кодировке {encoding} около строки {line}; сохраните его в UTF-8.",
    "{path}, line {line}: {error}": "{path}, строка {line}: {error}",
    "{path} is not a readable XLSX file ({error}).": "{path} не читается как файл XLSX ({error}).",
    # values
    "not a number: {value}": "не число: {value}",
    "not a whole number: {value}": "не целое число: {value}",
    "not yes or no: {value}": "не «да» и не «нет»: {value}",
    "not a date: {value}": "не дата: {value}",
    "not a date in the format {format}: {value}": "не дата в формате {format}: {value}",
    "The dates in this file are ambiguous: {first} and {second} cannot be read in one "
    "day/month order; give the format, e.g. --date-format %d/%m/%Y.": "Даты в файле неоднозначны: {first} и {second} нельзя прочитать при одном порядке дня и "
    "месяца; укажите формат, например --date-format %d/%m/%Y.",
    "not one of {allowed}: {value}": "не одно из значений {allowed}: {value}",
    "empty, but a value is needed": "пусто, а значение обязательно",
    "more values than the header has columns": "значений больше, чем столбцов в заголовке",
    "line {line}, column {column}: {reason}": "строка {line}, столбец {column}: {reason}",
    "line {line}: {reason}": "строка {line}: {reason}",
    # references
    "several records are called {name}": "несколько записей называются {name}",
    "several records are called {name}; give the path, e.g. A/B/C": "несколько записей называются {name}; укажите путь, например А/Б/В",
    "not a name or path: {value}": "не название и не путь: {value}",
    # mappings
    "the file has no column {column!r}; columns: {columns}": "в файле нет столбца {column!r}; столбцы: {columns}",
    "{field} is mapped to more than one column": "поле «{field}» сопоставлено нескольким столбцам",
    "--map takes COLUMN=FIELD, not {text!r}": "--map ожидает СТОЛБЕЦ=ПОЛЕ, а не {text!r}",
    "{field!r} is not a field of {kind}; fields: {fields}": "{field!r} — не поле для {kind}; поля: {fields}",
    "no column is mapped to {fields}": "ни один столбец не сопоставлен полю {fields}",
    " or ": " или ",
    # importing and exporting
    "The import was cancelled; nothing was changed.": "Импорт отменён; ничего не изменено.",
    "The export was cancelled; no file was written.": "Экспорт отменён; файл не записан.",
    "Export to a .csv or .xlsx file, not {name}.": "Экспортировать можно в файл .csv или .xlsx, а не {name}.",
    "No folder {folder}.": "Нет папки {folder}.",
    "{count} rows do not fit in an Excel sheet; export to .csv instead.": "{count} строк не помещаются на лист Excel; экспортируйте в .csv.",
    "{count} rows written": "записано строк: {count}",
    "yes": "да",
    "no": "нет",
    # the commands
    "import sales, customers, products, members or deals from CSV or XLSX": "импортировать продажи, клиентов, товары, сотрудников или сделки из CSV или XLSX",
    "Imports a CSV (UTF-8 or Windows-1251; comma, semicolon or tab) or XLSX file. Columns "
    "are matched to fields by their headers, in English or Russian; --map overrides. "
    "Unknown customers, products, categories, territories, account types, channels and "
    "members are created. Lines already imported are skipped.": "Импортирует файл CSV (UTF-8 или Windows-1251; запятая, точка с запятой или табуляция) "
    "или XLSX. Столбцы сопоставляются полям по заголовкам на русском или английском; --map "
    "меняет сопоставление. Неизвестные клиенты, товары, категории, территории, типы клиентов, "
    "каналы и сотрудники создаются. Уже импортированные строки пропускаются.",
    "a .csv or .xlsx file": "файл .csv или .xlsx",
    "read COLUMN as FIELD (repeatable); COLUMN= ignores the column": "читать СТОЛБЕЦ как ПОЛЕ (можно повторять); СТОЛБЕЦ= пропускает столбец",
    "the dates' format, e.g. %%d/%%m/%%Y": "формат дат, например %%d/%%m/%%Y",
    "check and report, but change nothing": "проверить и показать итог, ничего не меняя",
    "stop: import nothing if a row is bad (default); skip: import the good rows": "stop: ничего не импортировать при ошибке в строке (по умолчанию); skip: импортировать верные строки",
    "export sales, customers, products, members, goals or deals": "экспортировать продажи, клиентов, товары, сотрудников, цели или сделки",
    "--date-format {format!r} does not describe a date, e.g. %d.%m.%Y": "--date-format {format!r} не описывает дату, пример: %d.%m.%Y",
    "Columns not imported: {columns}.": "Не импортируются столбцы: {columns}.",
    "Dry run: nothing was written. A real import would do this:": "Пробный запуск: ничего не записано. Настоящий импорт сделал бы вот что:",
    "Created: {entities}.": "Создано: {entities}.",
    "Updated the stored figures of the dashboard and goals.": "Обновлены сохранённые показатели панели и целей.",
}

PLURALS = {
    "{n} row read": ("прочитана {n} строка", "прочитаны {n} строки", "прочитано {n} строк"),
    "Read {n} row from {file} ({format}).": (
        "Прочитана {n} строка из {file} ({format}).",
        "Прочитаны {n} строки из {file} ({format}).",
        "Прочитано {n} строк из {file} ({format}).",
    ),
    "Added {n} sales line.": (
        "Добавлена {n} строка продаж.",
        "Добавлены {n} строки продаж.",
        "Добавлено {n} строк продаж.",
    ),
    "Added {n} customer.": (
        "Добавлен {n} клиент.",
        "Добавлены {n} клиента.",
        "Добавлено {n} клиентов.",
    ),
    "Added {n} product.": (
        "Добавлен {n} товар.",
        "Добавлены {n} товара.",
        "Добавлено {n} товаров.",
    ),
    "Added {n} member.": (
        "Добавлен {n} сотрудник.",
        "Добавлены {n} сотрудника.",
        "Добавлено {n} сотрудников.",
    ),
    "{n} customer": ("{n} клиент", "{n} клиента", "{n} клиентов"),
    "{n} product": ("{n} товар", "{n} товара", "{n} товаров"),
    "{n} category": ("{n} категория", "{n} категории", "{n} категорий"),
    "{n} territory": ("{n} территория", "{n} территории", "{n} территорий"),
    "{n} account type": ("{n} тип клиента", "{n} типа клиентов", "{n} типов клиентов"),
    "{n} channel": ("{n} канал", "{n} канала", "{n} каналов"),
    "{n} member": ("{n} сотрудник", "{n} сотрудника", "{n} сотрудников"),
    "{n} team": ("{n} команда", "{n} команды", "{n} команд"),
    "{n} persona": ("{n} персона", "{n} персоны", "{n} персон"),
    "Skipped {n} duplicate.": (
        "Пропущен {n} дубликат.",
        "Пропущены {n} дубликата.",
        "Пропущено {n} дубликатов.",
    ),
    "Rejected {n} row:": ("Отклонена {n} строка:", "Отклонены {n} строки:", "Отклонено {n} строк:"),
    "{n} row was rejected, so nothing was imported; fix it or use --on-error skip.": (
        "{n} строка отклонена, поэтому ничего не импортировано; исправьте её или укажите --on-error skip.",
        "{n} строки отклонены, поэтому ничего не импортировано; исправьте их или укажите --on-error skip.",
        "{n} строк отклонено, поэтому ничего не импортировано; исправьте их или укажите --on-error skip.",
    ),
    "... and {n} more problem.": (
        "... и ещё {n} ошибка.",
        "... и ещё {n} ошибки.",
        "... и ещё {n} ошибок.",
    ),
    "Wrote {n} row to {path}.": (
        "Записана {n} строка в {path}.",
        "Записаны {n} строки в {path}.",
        "Записано {n} строк в {path}.",
    ),
    "{n} line is a return (a negative amount): it lowers revenue but is no order.": (
        "{n} строка — возврат (отрицательная сумма): уменьшает выручку, но не считается заказом.",
        "{n} строки — возвраты (отрицательные суммы): уменьшают выручку, но не считаются заказами.",
        "{n} строк — возвраты (отрицательные суммы): уменьшают выручку, но не считаются заказами.",
    ),
    "{n} customer's lines named more than one territory; the first was kept (e.g. "
    "{customer}: {kept}, also {other}).": (
        "У {n} клиента в строках указано несколько территорий; сохранена первая (например,"
        " {customer}: {kept}, ещё {other}).",
        "У {n} клиентов в строках указано несколько территорий; сохранена первая (например,"
        " {customer}: {kept}, ещё {other}).",
        "У {n} клиентов в строках указано несколько территорий; сохранена первая (например,"
        " {customer}: {kept}, ещё {other}).",
    ),
    "{n} customer's lines named more than one account type; the first was kept (e.g. "
    "{customer}: {kept}, also {other}).": (
        "У {n} клиента в строках указано несколько типов клиента; сохранён первый (например,"
        " {customer}: {kept}, ещё {other}).",
        "У {n} клиентов в строках указано несколько типов клиента; сохранён первый"
        " (например, {customer}: {kept}, ещё {other}).",
        "У {n} клиентов в строках указано несколько типов клиента; сохранён первый"
        " (например, {customer}: {kept}, ещё {other}).",
    ),
}
