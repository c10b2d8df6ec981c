"""Russian for the team database on a PostgreSQL server (SPEC §13)."""

MESSAGES = {
    # what a login may do, and whose figures it sees (salesdesk/store/rights.py, team/login.py)
    "Only the head of sales or the admin may import into the team database; this login changes "
    "only its own customers, sales, deals and goals.": "Импортировать в базу команды может только руководитель отдела продаж или "
    "администратор; этот вход меняет только своих клиентов, продажи, сделки и цели.",
    "Only the head of sales or the admin may change the company's settings; nothing was "
    "changed.": "Настройки компании может менять только руководитель отдела продаж или "
    "администратор; ничего не изменено.",
    "Only the head of sales or the admin may change the team; nothing was changed.": "Состав и структуру команды может менять только руководитель отдела продаж или "
    "администратор; ничего не изменено.",
    "Only the head of sales or the admin may change the shared lists (products, competitors, "
    "channels…); nothing was changed.": "Общие справочники (товары, конкуренты, каналы…) может менять только руководитель "
    "отдела продаж или администратор; ничего не изменено.",
    "Nothing: this login is no team member's": "Ничего: этот вход не принадлежит никому из команды",
    "{name}'s team": "Команда {name}",
    "{name}'s customers": "Клиенты {name}",
    "--db names the file to copy; the server goes in --url": "--db — файл, который копируется; сервер указывается в --url",
    "A server database is not restored from a file: push the file into a new, empty database "
    "(`server push`), or restore the server's own dump (pg_restore).": "Базу на сервере не восстанавливают из файла: загрузите файл в новую пустую базу "
    "(`server push`) или восстановите дамп самого сервера (pg_restore).",
    "Copied what {url} shows this login into {path}.": "То, что {url} показывает этому пользователю, скопировано в {path}.",
    "Created the SalesDesk schema in {url}.": "Схема SalesDesk создана в {url}.",
    "Leave the password out of the address: SalesDesk takes it from PGPASSWORD or ~/.pgpass "
    "(or asks for it), and never stores it.": "Не указывайте пароль в адресе: SalesDesk берёт его из PGPASSWORD или ~/.pgpass "
    "(или спрашивает) и никогда не сохраняет.",
    "The copy of table {table} does not add up to the original; nothing was kept.": "Копия таблицы {table} не сходится с оригиналом; ничего не сохранено.",
    "an unknown schema version": "неизвестная версия схемы",
    "copy a database file into an empty server database": "скопировать файл базы в пустую базу на сервере",
    "copy what the login sees into a new file": "скопировать видимое этому пользователю в новый файл",
    "create the schema in an empty server database": "создать схему в пустой базе на сервере",
    "tables of another application": "таблицы другой программы",
    "the database file to copy": "файл базы, который нужно скопировать",
    "the database file, or postgresql://user@host:port/database on a server": "файл базы или postgresql://пользователь@сервер:порт/база на сервере",
    "the new database file": "новый файл базы",
    "the server database: postgresql://user@host:port/database": "база на сервере: postgresql://пользователь@сервер:порт/база",
    "the team database on a PostgreSQL server": "общая база команды на сервере PostgreSQL",
    "{text!r} is not a server address; use postgresql://user@host:port/database": "{text!r} — не адрес сервера; используйте postgresql://пользователь@сервер:порт/база",
    "{url} holds no SalesDesk data yet: run `server init` or `server push` first.": "В {url} ещё нет данных SalesDesk: сначала выполните `server init` или `server push`.",
    "{url} is not a server address; use postgresql://user@host:port/database": "{url} — не адрес сервера; используйте postgresql://пользователь@сервер:порт/база",
    "{url} is not empty; a file is pushed into a new, empty database only.": "{url} не пуста; файл загружается только в новую пустую базу.",
    "{url} names no database; use postgresql://user@host:port/database": "В {url} не указана база; используйте postgresql://пользователь@сервер:порт/база",
    "Can log in": "Может войти",
    "Login": "Логин",
    "Logins of {url}": "Логины {url}",
    "No member has a login yet: `server grant --login NAME --member EMAIL`.": "Ни у кого из сотрудников ещё нет логина: `server grant --login ИМЯ --member EMAIL`.",
    "No team member has the e-mail {email}.": "Ни у кого из сотрудников нет адреса {email}.",
    "The role {login} cannot log in yet: ALTER ROLE ... LOGIN.": "Роль {login} пока не может входить: ALTER ROLE ... LOGIN.",
    "give a team member a login of their own": "выдать сотруднику собственный логин",
    "list the members' logins": "показать логины сотрудников",
    "take a member's login back": "отозвать логин сотрудника",
    "the PostgreSQL login name": "имя логина PostgreSQL",
    "the member's e-mail": "e-mail сотрудника",
    "{login!r} cannot be a login name: use letters, digits, '_', '.' or '-' (at most 63).": "{login!r} не может быть логином: используйте буквы, цифры, «_», «.» или «-» (не больше 63).",
    "{login} is now the login of {member} ({role}).": "{login} теперь логин сотрудника {member} ({role}).",
    "{login} no longer sees the team's data.": "{login} больше не видит данные команды.",
    "{login} was not a member's login; its team roles were taken anyway.": "{login} не был логином сотрудника; роли команды всё равно отозваны.",
    "The server refused the login: check the user name and the password (PGPASSWORD or "
    "~/.pgpass).": "Сервер не принял вход: проверьте имя пользователя и пароль (PGPASSWORD или "
    "~/.pgpass).",
    "The database server cannot be reached: check the address and that the server is "
    "running.": "Сервер базы данных недоступен: проверьте адрес и то, что сервер запущен.",
    "The server refused: that row belongs to someone else in the team; nothing was changed.": "Сервер отказал: эта запись принадлежит другому сотруднику; ничего не изменено.",
    "The server refused: this login may not do that (ask the head of sales or the admin); "
    "nothing was changed.": "Сервер отказал: этому логину это не разрешено (обратитесь к руководителю отдела "
    "продаж или администратору); ничего не изменено.",
    "The server has no such database: check the address.": "На сервере нет такой базы: проверьте адрес.",
    "The server has no such login: check the user name in the address.": "На сервере нет такого логина: проверьте имя пользователя в адресе.",
    "The connection to the database server was lost; nothing was changed. Try again.": "Связь с сервером базы данных прервалась; ничего не изменено. Попробуйте ещё раз.",
    "Someone else changed this record after you opened it; your change was not saved. "
    "Compare theirs and yours, then save again.": "Кто-то другой изменил эту запись после того, как вы её открыли; ваше изменение "
    "не сохранено. Сравните их версию со своей и сохраните ещё раз.",
    "{url} is not a server address; use {usage}": "{url} — не адрес сервера; используйте {usage}",
    "{url} names no database; use {usage}": "В {url} не указана база; используйте {usage}",
}

PLURALS = {
    "Copied {path} into {url}: {n} table, {rows} rows, each checked by its count and sums.": (
        "{path} скопирован в {url}: {n} таблица, {rows} строк, каждая сверена по числу строк и суммам.",
        "{path} скопирован в {url}: {n} таблицы, {rows} строк, каждая сверена по числу строк и суммам.",
        "{path} скопирован в {url}: {n} таблиц, {rows} строк, каждая сверена по числу строк и суммам.",
    ),
}
