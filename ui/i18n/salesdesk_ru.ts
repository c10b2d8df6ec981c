<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The desktop workbench of a head of sales: the team, the sales strategy, customers, SMART goals and PDF reports — offline, in one local file.</source>
        <translation>Рабочее место руководителя отдела продаж: команда, стратегия продаж, клиенты, SMART-цели и PDF-отчёты — без интернета, в одном локальном файле.</translation>
    </message>
    <message>
        <source>Built with Qt for Python {qt} and Python {python}.</source>
        <translation>Создано на Qt for Python {qt} и Python {python}.</translation>
    </message>
    <message>
        <source>About SalesDesk</source>
        <translation>О программе SalesDesk</translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>{name} is healthy: the file is intact and every record it refers to exists.</source>
        <translation>{name} в порядке: файл не повреждён, и все записи, на которые он ссылается, на месте.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s).</source>
        <translation>
            <numerusform>В {name} найдена %n проблема.</numerusform>
            <numerusform>В {name} найдены %n проблемы.</numerusform>
            <numerusform>В {name} найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} uses data format {found}; this SalesDesk uses format {supported}.</source>
        <translation>{name} использует формат данных {found}, а эта версия SalesDesk — формат {supported}.</translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation>Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Make no more changes in this file: restore the latest backup, or ask your administrator to look at the details.</source>
        <translation>Больше не вносите изменений в этот файл: восстановите последнюю резервную копию или попросите администратора посмотреть подробности.</translation>
    </message>
</context>
<context>
    <name>CustomersSection</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>One table for all your customers — current, lost and at risk — with segments, personas, RFM tiers, the interaction log and retention and churn by month.</source>
        <translation>Одна таблица для всех ваших клиентов — текущих, потерянных и под угрозой ухода — с сегментами, персонами, RFM-группами, журналом взаимодействий, удержанием и оттоком по месяцам.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>Потерянные клиенты</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Клиенты под угрозой ухода</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a SalesDesk database or create one from the File menu to see revenue, orders and customers for the chosen period.</source>
        <translation>Откройте базу SalesDesk или создайте новую в меню «Файл», чтобы увидеть выручку, заказы и клиентов за выбранный период.</translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation>Динамика выручки</translation>
    </message>
    <message>
        <source>Revenue by month: the last 12 months against a year earlier</source>
        <translation>Выручка по месяцам: последние 12 месяцев и год назад</translation>
    </message>
    <message>
        <source>Loading the dashboard</source>
        <translation>Загрузка сводки</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>vs {period}</source>
        <translation>к {period}</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {error}</source>
        <translation>Не удалось загрузить сводку: {error}</translation>
    </message>
    <message>
        <source>{dates}; in progress: figures up to {day}, compared with the same days</source>
        <translation>{dates}; период идёт: данные по {day}, сравнение с теми же днями</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} уже открыта.</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Открытие {name}</translation>
    </message>
    <message>
        <source>Took over the lock left by {holder}, which is no longer running.</source>
        <translation>Блокировка, оставленная {holder}, снята: этот процесс больше не работает.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation>Создание {name}</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Не удалось создать</translation>
    </message>
    <message>
        <source>Creating the demo database</source>
        <translation>Создание демонстрационной базы</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Не удалось создать демонстрационную базу</translation>
    </message>
    <message>
        <source>The demo database was not created.</source>
        <translation>Демонстрационная база не создана.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Backing up to {name}</source>
        <translation>Резервное копирование в {name}</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Проверка {name}</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Что-то пошло не так: {error}</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Welcome to SalesDesk</source>
        <translation>Добро пожаловать в SalesDesk</translation>
    </message>
    <message>
        <source>Create a demo database to explore SalesDesk?</source>
        <translation>Создать демонстрационную базу, чтобы познакомиться с SalesDesk?</translation>
    </message>
    <message>
        <source>It holds an invented company with its sales team, customers and sales. It is saved as {path}; your own data can go into a new database any time.</source>
        <translation>В ней вымышленная компания с отделом продаж, клиентами и продажами. Она будет сохранена в {path}; для своих данных вы в любой момент можете создать новую базу.</translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation>Создать демонстрационную базу</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a SalesDesk database, start a new one for your company, or explore SalesDesk on a demo database.</source>
        <translation>Откройте базу данных SalesDesk, создайте новую для своей компании или познакомьтесь с SalesDesk на демонстрационной базе.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Новая база…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation>Создать демонстрационную базу</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>SalesDesk databases (*.sqlite *.db)</source>
        <translation>Базы данных SalesDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>SMART goals for teams and members, checked live as you type, with burn-up charts, check-ins and a forecast of what you will reach by the deadline.</source>
        <translation>SMART-цели для команд и сотрудников с проверкой прямо при вводе, графиками выполнения, отметками о ходе и прогнозом того, чего вы достигнете к сроку.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>{points} pp</source>
        <translation>{points} п. п.</translation>
    </message>
</context>
<context>
    <name>LaterSection</name>
    <message>
        <source>This section arrives in a later version.</source>
        <translation>Этот раздел появится в следующей версии.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The last database, {path}, is no longer there.</source>
        <translation>Последней открытой базы, {path}, больше нет на месте.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Товарные линии</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Типы клиентов</translation>
    </message>
    <message>
        <source>How the sales team is organised: by territory, by product line or by type of customer. Views break their figures down this way by default.</source>
        <translation>Как устроен отдел продаж: по территориям, по товарным линиям или по типам клиентов. По этому признаку разделы по умолчанию разбивают показатели.</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Period and organisation</source>
        <translation>Период и организация</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Organised by:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Arrives in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
    <message>
        <source>{command} arrives in a later version.</source>
        <translation>«{command}» появится в следующей версии.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About SalesDesk</source>
        <translation>&amp;О программе SalesDesk</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Предыдущий период</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Следующий период</translation>
    </message>
    <message>
        <source>Period with &amp;today</source>
        <translation>Период с &amp;сегодняшним днём</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>Another SalesDesk writes to this file; you can look but not change.</source>
        <translation>В этот файл записывает другой SalesDesk: вы можете смотреть, но не изменять.</translation>
    </message>
    <message>
        <source>{name} [read-only] — SalesDesk</source>
        <translation>{name} [только чтение] — SalesDesk</translation>
    </message>
    <message>
        <source>{name} — SalesDesk</source>
        <translation>{name} — SalesDesk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale line(s)</source>
        <translation>
            <numerusform>%Ln строка продаж</numerusform>
            <numerusform>%Ln строки продаж</numerusform>
            <numerusform>%Ln строк продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln сотрудник</numerusform>
            <numerusform>%Ln сотрудника</numerusform>
            <numerusform>%Ln сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз нет</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>e.g. Northwind Trading</source>
        <translation>например, ООО «Северный ветер»</translation>
    </message>
    <message>
        <source>All amounts of this database are in it.</source>
        <translation>В этой валюте хранятся все суммы базы.</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Название компании:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>Length of the period</source>
        <translation>Длина периода</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Длина периода</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>Перейти к периоду, в который попадает сегодняшний день</translation>
    </message>
</context>
<context>
    <name>ReadOnlyPrompt</name>
    <message>
        <source>another SalesDesk</source>
        <translation>другой SalesDesk</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}, since {since})</source>
        <translation>{user} на {host} (процесс {pid}, с {since})</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>{name} is open for writing by {holder}.</source>
        <translation>{name} открыта для записи: {holder}.</translation>
    </message>
    <message>
        <source>You can open it read-only: you see everything but cannot change anything.</source>
        <translation>Её можно открыть только для чтения: вы увидите всё, но не сможете ничего изменить.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчёт в PDF</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Формат страницы:</translation>
    </message>
    <message>
        <source>Reading the report settings</source>
        <translation>Чтение настроек отчётов</translation>
    </message>
    <message>
        <source>The choices changed: press Preview to see the new report.</source>
        <translation>Параметры изменились: нажмите «Просмотр», чтобы увидеть новый отчёт.</translation>
    </message>
    <message>
        <source>Open a database to build reports.</source>
        <translation>Откройте базу данных, чтобы строить отчёты.</translation>
    </message>
    <message>
        <source>Press Preview to see the report here.</source>
        <translation>Нажмите «Просмотр», чтобы увидеть отчёт здесь.</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Построение отчёта</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Построение отчёта…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {error}</source>
        <translation>Не удалось сохранить отчёт в {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>The report could not be built: {error}</source>
        <translation>Не удалось построить отчёт: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>A new language takes effect when SalesDesk starts next time.</source>
        <translation>Новый язык заработает при следующем запуске SalesDesk.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <source>Competitors and their prices, the product catalogue with margins and the price calculator, channel performance with acquisition cost, and research notes.</source>
        <translation>Конкуренты и их цены, каталог товаров с маржой и калькулятор цены, эффективность каналов со стоимостью привлечения и заметки об исследованиях.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Progress of the running task</source>
        <translation>Ход выполняемой задачи</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Open a database to see your team.</source>
        <translation>Откройте базу данных, чтобы увидеть команду.</translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation>Команды и сотрудники</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Current accounts</source>
        <translation>Текущие клиенты</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Загрузка команды…</translation>
    </message>
    <message>
        <source>Loading the team</source>
        <translation>Загрузка команды</translation>
    </message>
    <message>
        <source>There are no teams or members yet. Import members or create the demo.</source>
        <translation>Команд и сотрудников пока нет. Импортируйте сотрудников или создайте демонстрационную базу.</translation>
    </message>
    <message>
        <source>Select a team or a member to see its figures.</source>
        <translation>Выберите команду или сотрудника, чтобы увидеть показатели.</translation>
    </message>
    <message>
        <source>Loading figures of {name}</source>
        <translation>Загрузка показателей: {name}</translation>
    </message>
    <message>
        <source>vs {period}</source>
        <translation>к {period}</translation>
    </message>
    <message>
        <source>The team could not be loaded: {error}</source>
        <translation>Не удалось загрузить команду: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n активный сотрудник</numerusform>
            <numerusform>%n активных сотрудника</numerusform>
            <numerusform>%n активных сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation>Руководитель: {name}</translation>
    </message>
    <message>
        <source>Left on {date}; the figures are kept in the history.</source>
        <translation>Дата ухода: {date}; показатели сохранены в истории.</translation>
    </message>
</context>
<context>
    <name>TeamTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Head of sales</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Руководитель группы продаж</translation>
    </message>
    <message>
        <source>Sales supervisor</source>
        <translation>Супервайзер продаж</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Торговый представитель</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n активный сотрудник</numerusform>
            <numerusform>%n активных сотрудника</numerusform>
            <numerusform>%n активных сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <source>Left on {date}</source>
        <translation>Дата ухода: {date}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SalesDesk user guide</source>
        <translation>Руководство пользователя SalesDesk</translation>
    </message>
</context>
</TS>
