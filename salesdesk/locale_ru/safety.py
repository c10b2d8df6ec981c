"""Russian for data safety: files, paths, damage, hostile imports, system errors."""

from __future__ import annotations

MESSAGES = {
    # salesdesk.errors: system errors in plain words
    "The database is busy: another program is writing to it. Try again in a moment.": "База занята: в неё пишет другая программа. Повторите через минуту.",
    "The database file or its folder is read-only; nothing was changed. Make it writable, or only read it (kpi, report, check, backup).": "Файл базы или его папка доступны только для чтения; ничего не изменено. Разрешите запись или только читайте базу (kpi, report, check, backup).",
    "The disk is full; nothing was changed. Free some space and try again.": "Диск заполнен; ничего не изменено. Освободите место и повторите.",
    "The disk reported an error while reading or writing the database; nothing was changed. Check the disk, then run check.": "Диск сообщил об ошибке при чтении или записи базы; ничего не изменено. Проверьте диск, затем выполните check.",
    "The database file is damaged. Restore it from a backup (File > Restore from backup), then run check.": "Файл базы повреждён. Восстановите его из резервной копии (Файл > Восстановить из резервной копии), затем выполните check.",
    "The file is not a SalesDesk database, or it is damaged. Restore it from a backup.": "Файл не является базой SalesDesk или повреждён. Восстановите его из резервной копии.",
    "The database file cannot be opened: its folder is missing or not accessible, or its path is too long.": "Файл базы не открывается: его папки нет, к ней нет доступа или путь слишком длинный.",
    "A value is too big for the database; nothing was changed.": "Значение слишком велико для базы; ничего не изменено.",
    "Not enough memory; nothing was changed. Close other programs and try again.": "Недостаточно памяти; ничего не изменено. Закройте другие программы и повторите.",
    "The disk quota is used up; nothing was changed. Free some space.": "Квота диска исчерпана; ничего не изменено. Освободите место.",
    "The file would be larger than the system allows; nothing was changed.": "Файл получился бы больше, чем допускает система; ничего не изменено.",
    "{path} is on a read-only file system; nothing was changed.": "{path} находится на файловой системе только для чтения; ничего не изменено.",
    "Permission denied: {path}; nothing was changed.": "Нет доступа: {path}; ничего не изменено.",
    "No such file or folder: {path}.": "Нет такого файла или папки: {path}.",
    "The name is too long for the file system: {path}.": "Имя слишком длинное для файловой системы: {path}.",
    "{path} is a folder; name a file.": "{path} — это папка; укажите файл.",
    "{path} is read-only (the file or its folder cannot be written); nothing was changed. Reading it (kpi, report, check, backup) still works.": "{path} доступен только для чтения (в файл или его папку нельзя писать); ничего не изменено. Читать его (kpi, report, check, backup) можно.",
    "{path} has an older schema ({version}) and can only be read after an upgrade; open it once for writing (e.g. in SalesDesk) to upgrade it.": "У {path} старая схема ({version}); читать его можно только после обновления. Откройте его один раз для записи (например, в SalesDesk), чтобы обновить.",
    "{path} is damaged ({what}), so no backup was written. Restore it from an earlier backup.": "{path} повреждён ({what}), поэтому копия не записана. Восстановите его из более ранней резервной копии.",
    "The file is damaged: SalesDesk will not write to it. Restore it from a backup (File > Restore from backup; automatic backups are in {folder}).": "Файл повреждён: SalesDesk не будет в него писать. Восстановите его из резервной копии (Файл > Восстановить из резервной копии; автоматические копии лежат в {folder}).",
    # salesdesk.store.db
    "SQLite cannot read the file: {error}": "SQLite не может прочитать файл: {error}",
    "not a SalesDesk database": "не база SalesDesk",
    # salesdesk.files
    "{name} must end in {suffixes}.": "Имя {name} должно оканчиваться на {suffixes}.",
    " or ": " или ",
    "{path} is the name of a file SQLite keeps beside a database; choose another name.": "{path} — имя служебного файла SQLite рядом с базой; выберите другое имя.",
    "{path} is a database or a backup; it was left as it is. Choose another file.": "{path} — база данных или резервная копия; файл не изменён. Выберите другой файл.",
    # salesdesk.formatting, salesdesk.periods
    "{code!r} is not an ISO 4217 currency code such as RUB, USD or EUR.": "{code!r} — не код валюты ISO 4217 (например, RUB, USD или EUR).",
    "{date} is outside the dates SalesDesk accepts ({first} to {last})": "дата {date} вне допустимого диапазона SalesDesk (с {first} по {last})",
    # salesdesk.exchange
    "holds a control character ({code}) that is not text": "содержит управляющий символ ({code}), а не текст",
    "too large: {value} (at most {limit})": "слишком большое число: {value} (не больше {limit})",
    "XLSX files cannot be read safely here: defusedxml is missing or disabled (OPENPYXL_DEFUSEDXML).": "XLSX-файлы нельзя безопасно прочитать: defusedxml не установлен или отключён (OPENPYXL_DEFUSEDXML).",
    "{path} is neither UTF-8 nor Windows-1251 (line {line}); save it as UTF-8.": "{path} не в UTF-8 и не в Windows-1251 (строка {line}); сохраните его в UTF-8.",
    "{path} mixes UTF-8 (line {good}) with another encoding (line {bad}); save the whole file as UTF-8.": "В {path} смешаны UTF-8 (строка {good}) и другая кодировка (строка {bad}); сохраните весь файл в UTF-8.",
    "{path} would unpack to {size} bytes, far more than a workbook of its size holds (a zip bomb?); it was not read.": "{path} распаковывается в {size} байт — гораздо больше, чем вмещает книга такого размера (zip-бомба?); файл не прочитан.",
    "{path}, line {line}, column {column}: the quoted value that starts here does not end properly (a missing or extra quote).": "{path}, строка {line}, столбец {column}: значение в кавычках, которое здесь начинается, не закрыто правильно (лишняя или недостающая кавычка).",
    "{path}, row {row}: the sheet cannot be read ({error}).": "{path}, строка {row}: лист не читается ({error}).",
    "{path}, line {line}: a value is longer than {limit} characters; is a quote missing?": "{path}, строка {line}: значение длиннее {limit} символов; не пропущена ли кавычка?",
    "the rows above were imported and saved, but the stored figures could not be updated ({error}); every figure is still right (read from the sales), only slower, until the dashboard or the next import updates them.": "строки выше импортированы и сохранены, но сохранённые показатели обновить не удалось ({error}); все показатели по-прежнему верны (считаются по продажам), только медленнее, пока их не обновит сводка или следующий импорт.",
}
