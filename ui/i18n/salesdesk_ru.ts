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
    <name>AnalyticsView</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Сумма открытых</translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошло</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана дней</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Weighted open deals</source>
        <translation>Взвешенные открытые сделки</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Expected from the pipeline</source>
        <translation>Ожидается из воронки</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Funnel and stages</source>
        <translation>Воронка и этапы</translation>
    </message>
    <message>
        <source>Weighted forecast by month against the goals</source>
        <translation>Взвешенный прогноз по месяцам и цели</translation>
    </message>
    <message>
        <source>Pipeline coverage of the goals</source>
        <translation>Покрытие целей воронкой</translation>
    </message>
    <message>
        <source>Pipeline by member</source>
        <translation>Воронка по сотрудникам</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <source>Loading the pipeline analytics</source>
        <translation>Загрузка аналитики воронки</translation>
    </message>
    <message>
        <source>{period}; open deals as on {day}</source>
        <translation>{period}; открытые сделки на {day}</translation>
    </message>
    <message>
        <source>all pipelines</source>
        <translation>все воронки</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} a day</source>
        <translation>{money} в день</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s). </source>
        <translation>
            <numerusform>%n открытая сделка. </numerusform>
            <numerusform>%n открытые сделки. </numerusform>
            <numerusform>%n открытых сделок. </numerusform>
        </translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнута</translation>
    </message>
</context>
<context>
    <name>AskFirst</name>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Propose owners</source>
        <translation>Предложить ответственных</translation>
    </message>
    <message>
        <source>Also rebalance overloaded members (move their smallest accounts)</source>
        <translation>Также разгрузить перегруженных сотрудников (передать их самых мелких клиентов)</translation>
    </message>
    <message>
        <source>Let managers and the head of sales take accounts too</source>
        <translation>Назначать клиентов также руководителям и директору по продажам</translation>
    </message>
    <message>
        <source>By default only sales representatives receive accounts.</source>
        <translation>По умолчанию клиентов получают только торговые представители.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Untick a customer to leave it where it is; double-click its new owner to choose another member who covers it.</source>
        <translation>Снимите отметку, чтобы оставить клиента как есть; дважды щёлкните нового ответственного, чтобы выбрать другого сотрудника из закреплённых за зоной.</translation>
    </message>
    <message>
        <source>Customers and their proposed owners</source>
        <translation>Клиенты и предложенные ответственные</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Accounts gained</source>
        <translation>Получит клиентов</translation>
    </message>
    <message>
        <source>Accounts lost</source>
        <translation>Отдаст клиентов</translation>
    </message>
    <message>
        <source>Revenue gained</source>
        <translation>Получит выручки</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Отдаст выручки</translation>
    </message>
    <message>
        <source>Current accounts</source>
        <translation>Текущие клиенты</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Proposed changes per member</source>
        <translation>Предлагаемые изменения по сотрудникам</translation>
    </message>
    <message>
        <source>Working out the proposal…</source>
        <translation>Составляется предложение…</translation>
    </message>
    <message>
        <source>Proposing owners</source>
        <translation>Подбор ответственных</translation>
    </message>
    <message>
        <source>Nothing to change: no customer needs an owner.</source>
        <translation>Менять нечего: всем клиентам назначены ответственные.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) get a new owner.</source>
        <translation>
            <numerusform>%n клиент получит нового ответственного.</numerusform>
            <numerusform>%n клиента получат нового ответственного.</numerusform>
            <numerusform>%n клиентов получат нового ответственного.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue is counted over {period}.</source>
        <translation>Выручка — за период {period}.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) stay without an owner: nobody active covers them ({money} in the period).</source>
        <translation>
            <numerusform>%n клиент остаётся без ответственного: за его зоной никто не закреплён ({money} за период).</numerusform>
            <numerusform>%n клиента остаются без ответственного: за их зонами никто не закреплён ({money} за период).</numerusform>
            <numerusform>%n клиентов остаются без ответственного: за их зонами никто не закреплён ({money} за период).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) stay without an owner: no sales representative covers them ({money} in the period).</source>
        <translation>
            <numerusform>%n клиент остаётся без ответственного: за его зоной не закреплён ни один торговый представитель ({money} за период).</numerusform>
            <numerusform>%n клиента остаются без ответственного: за их зонами не закреплён ни один торговый представитель ({money} за период).</numerusform>
            <numerusform>%n клиентов остаются без ответственного: за их зонами не закреплён ни один торговый представитель ({money} за период).</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal could not be worked out: {error}</source>
        <translation>Не удалось составить предложение: {error}</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>rotting</source>
        <translation>застряла</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Follow-up {day}</source>
        <translation>Задача {day}</translation>
    </message>
    <message>
        <source>Loading the board</source>
        <translation>Загрузка доски</translation>
    </message>
    <message>
        <source>Loading deals</source>
        <translation>Загрузка сделок</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n день на этапе</numerusform>
            <numerusform>%n дня на этапе</numerusform>
            <numerusform>%n дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>{deals} · {amount} · weighted {weighted}</source>
        <translation>{deals} · {amount} · взвешенно {weighted}</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Chance to win {chance}: {won} of the {reached} deals closed in the last 365 days that reached this stage were won.</source>
        <translation>Вероятность выигрыша {chance}: из {reached} сделок, закрытых за последние 365 дней и дошедших до этого этапа, выиграно {won}.</translation>
    </message>
    <message>
        <source>Chance to win {chance}: the stage&apos;s default, as only {reached} deals closed in the last 365 days reached it (20 are needed to learn it).</source>
        <translation>Вероятность выигрыша {chance}: значение этапа по умолчанию — до него дошло лишь {reached} сделок, закрытых за последние 365 дней (для расчёта нужно 20).</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Rotting</source>
        <translation>Застряла</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All products ({count})</source>
        <translation>Все товары ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) directly in this category</source>
        <translation>
            <numerusform>%n товар прямо в этой категории</numerusform>
            <numerusform>%n товара прямо в этой категории</numerusform>
            <numerusform>%n товаров прямо в этой категории</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
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
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Customers who bought in the channel</source>
        <translation>Клиенты, купившие через канал</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Маржа, %</translation>
    </message>
    <message>
        <source>Acquisition spend</source>
        <translation>Затраты на привлечение</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>No CAC: the channel won no new customers in the period.</source>
        <translation>CAC нет: канал не привёл новых клиентов в периоде.</translation>
    </message>
    <message>
        <source>Acquisition spend divided by the new customers won in the period</source>
        <translation>Затраты на привлечение, делённые на новых клиентов периода</translation>
    </message>
</context>
<context>
    <name>ChannelsView</name>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Customers: who bought in the channel. CAC: the channel&apos;s acquisition spend in the months of the period divided by the new customers it won (first purchase ever in the period).</source>
        <translation>Клиенты — купившие через канал. CAC — затраты канала на привлечение в месяцах периода, делённые на привлечённых им новых клиентов (первая покупка пришлась на период).</translation>
    </message>
    <message>
        <source>Revenue and gross margin by channel</source>
        <translation>Выручка и валовая прибыль по каналам</translation>
    </message>
    <message>
        <source>Online against offline channels by month</source>
        <translation>Онлайн- и офлайн-каналы по месяцам</translation>
    </message>
    <message>
        <source>Loading channel performance</source>
        <translation>Загрузка показателей каналов</translation>
    </message>
    <message>
        <source>Channels in {period}</source>
        <translation>Каналы продаж: {period}</translation>
    </message>
    <message>
        <source>No sales channels yet.</source>
        <translation>Каналов продаж пока нет.</translation>
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
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Value measured:</source>
        <translation>Измеренное значение:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation>Настройки компании</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>As the language writes it</source>
        <translation>Как принято в языке</translation>
    </message>
    <message>
        <source>Before the amount</source>
        <translation>Перед суммой</translation>
    </message>
    <message>
        <source>After the amount</source>
        <translation>После суммы</translation>
    </message>
    <message>
        <source>Retention window:</source>
        <translation>Окно удержания:</translation>
    </message>
    <message>
        <source>A customer is current while their last purchase is this recent.</source>
        <translation>Клиент считается текущим, пока его последняя покупка не старше этого срока.</translation>
    </message>
    <message>
        <source>At risk after:</source>
        <translation>Под угрозой через:</translation>
    </message>
    <message>
        <source>A current customer who has not bought for longer is at risk.</source>
        <translation>Текущий клиент, не покупавший дольше этого срока, под угрозой.</translation>
    </message>
    <message>
        <source>Complaints put at risk after:</source>
        <translation>Жалоба ставит под угрозу через:</translation>
    </message>
    <message>
        <source>A complaint or ticket open for longer puts the customer at risk.</source>
        <translation>Жалоба или обращение, открытые дольше этого срока, ставят клиента под угрозу.</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>Начало финансового года:</translation>
    </message>
    <message>
        <source>Quarters and years of the period picker and the reports follow it.</source>
        <translation>По нему считаются кварталы и годы в выборе периода и в отчётах.</translation>
    </message>
    <message>
        <source>Currency symbol:</source>
        <translation>Символ валюты:</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>Настройки не сохранены: {error}</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>Edit competitor</source>
        <translation>Изменить конкурента</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Новый конкурент</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Позиционирование</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Our differentiation</source>
        <translation>Наше отличие</translation>
    </message>
    <message>
        <source>Estimated market share</source>
        <translation>Оценка доли рынка</translation>
    </message>
</context>
<context>
    <name>CompetitorTableModel</name>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Estimated market share</source>
        <translation>Оценка доли рынка</translation>
    </message>
    <message>
        <source>Last price check</source>
        <translation>Проверка цен</translation>
    </message>
    <message>
        <source>Their prices were last checked more than 6 months ago.</source>
        <translation>Их цены проверяли больше 6 месяцев назад.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Убрать условие</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>без минимума</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>без максимума</translation>
    </message>
    <message>
        <source>money, last 12 months</source>
        <translation>денег за последние 12 месяцев</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Your change is not saved yet: choose which values to keep.</source>
        <translation>Кто-то другой сохранил эту запись после того, как вы её открыли. Ваше изменение ещё не сохранено: выберите, какие значения оставить.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё значение</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Заменить моими</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>Изменить ещё раз</translation>
    </message>
</context>
<context>
    <name>CoverageTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>{names} (via {item})</source>
        <translation>{names} (через «{item}»)</translation>
    </message>
    <message>
        <source>left: {names}</source>
        <translation>уволились: {names}</translation>
    </message>
    <message>
        <source>A gap: customers or sales here, and nobody active covers it.</source>
        <translation>Пробел: здесь есть клиенты или продажи, но никто из работающих за зоной не закреплён.</translation>
    </message>
    <message numerus="yes">
        <source>An overlap: %n members or teams cover it.</source>
        <translation>
            <numerusform>Пересечение: за зоной закреплены %n сотрудник или команда.</numerusform>
            <numerusform>Пересечение: за зоной закреплены %n сотрудника или команды.</numerusform>
            <numerusform>Пересечение: за зоной закреплены %n сотрудников или команд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Red: a gap — customers or sales, nobody active covering. Amber: an overlap — more than one covering. Grey names cover through a parent item.</source>
        <translation>Красным — пробелы: есть клиенты или продажи, но никто не закреплён. Жёлтым — пересечения: закреплено больше одного. Серые имена закреплены через родительскую зону.</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Закрепить…</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>&amp;Открепить…</translation>
    </message>
    <message>
        <source>&amp;Propose owners…</source>
        <translation>&amp;Предложить ответственных…</translation>
    </message>
    <message>
        <source>Propose an owner for every customer without one, from this coverage.</source>
        <translation>Предложить ответственного каждому клиенту без него — по этим закреплениям.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Зоны ответственности</translation>
    </message>
    <message>
        <source>Members&apos; capacity</source>
        <translation>Загрузка сотрудников</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Working out the coverage…</source>
        <translation>Расчёт зон ответственности…</translation>
    </message>
    <message>
        <source>Working out the coverage</source>
        <translation>Расчёт зон ответственности</translation>
    </message>
    <message>
        <source>Coverage by territory</source>
        <translation>Зоны ответственности по территориям</translation>
    </message>
    <message>
        <source>Coverage by product category</source>
        <translation>Зоны ответственности по категориям товаров</translation>
    </message>
    <message>
        <source>Coverage by account type</source>
        <translation>Зоны ответственности по типам клиентов</translation>
    </message>
    <message>
        <source>The coverage could not be worked out: {error}</source>
        <translation>Не удалось рассчитать зоны ответственности: {error}</translation>
    </message>
    <message>
        <source>Nothing to cover yet: this list is empty in the database.</source>
        <translation>Закреплять пока нечего: в базе нет ни одной записи этого вида.</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n пробел</numerusform>
            <numerusform>%n пробела</numerusform>
            <numerusform>%n пробелов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlap(s)</source>
        <translation>
            <numerusform>%n пересечение</numerusform>
            <numerusform>%n пересечения</numerusform>
            <numerusform>%n пересечений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overloaded member(s)</source>
        <translation>
            <numerusform>%n перегруженный сотрудник</numerusform>
            <numerusform>%n перегруженных сотрудника</numerusform>
            <numerusform>%n перегруженных сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) over capacity</source>
        <translation>
            <numerusform>%n клиент сверх лимита</numerusform>
            <numerusform>%n клиента сверх лимита</numerusform>
            <numerusform>%n клиентов сверх лимита</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>{money} in {period}</source>
        <translation>{money} в периоде «{period}»</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Select a customer to see their profile and history.</source>
        <translation>Выберите клиента, чтобы увидеть его профиль и историю.</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Записать контакт…</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Сменить ответственного…</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Отметить потерянным…</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <source>Let the status follow the sales again</source>
        <translation>Статус снова определяется продажами</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Закрыть жалобу</translation>
    </message>
    <message>
        <source>Close the complaint or ticket selected in the timeline (else the oldest open one) as of today; it no longer puts the customer at risk</source>
        <translation>Закрыть жалобу или обращение, выбранное в хронологии (иначе самое старое открытое), сегодняшним днём; клиент больше не будет под угрозой из-за него</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Acquired through</source>
        <translation>Привлечён через</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Loading the customer</source>
        <translation>Загрузка клиента</translation>
    </message>
    <message>
        <source>At risk: {reasons}</source>
        <translation>Под угрозой: {reasons}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <source>Marked lost: {reason}</source>
        <translation>Отмечен потерянным: {reason}</translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation>Клиент с {date}</translation>
    </message>
    <message>
        <source>{kind} (open)</source>
        <translation>{kind} (открыт)</translation>
    </message>
    <message>
        <source>Order {ref}</source>
        <translation>Заказ {ref}</translation>
    </message>
    <message>
        <source>The customer could not be loaded: {error}</source>
        <translation>Не удалось загрузить клиента: {error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>A customer needs a name and a code.</source>
        <translation>У клиента должны быть название и код.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить «{name}»</translation>
    </message>
    <message>
        <source>Resolve the complaint of {name}</source>
        <translation>Закрыть жалобу клиента {name}</translation>
    </message>
    <message>
        <source>Log an interaction with {name}</source>
        <translation>Контакт с «{name}»</translation>
    </message>
    <message>
        <source>Change the owner of {name}</source>
        <translation>Сменить ответственного «{name}»</translation>
    </message>
    <message>
        <source>Mark {name} lost</source>
        <translation>Отметить «{name}» потерянным</translation>
    </message>
    <message>
        <source>Clear the status of {name}</source>
        <translation>Снять отметку статуса «{name}»</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Export view…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Save the customers shown, with these columns, as CSV or Excel</source>
        <translation>Сохранить показанных клиентов с этими столбцами в CSV или Excel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Правый щелчок — выбор столбцов</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be loaded: {error}</source>
        <translation>Не удалось загрузить клиентов: {error}</translation>
    </message>
    <message>
        <source>Export the customers shown</source>
        <translation>Экспорт показанных клиентов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Exported {count} rows to {name}</source>
        <translation>Выгружено строк: {count}, файл {name}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name or code</source>
        <translation>Введите название или код</translation>
    </message>
    <message>
        <source>Finding customers</source>
        <translation>Поиск клиентов</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>First sale</source>
        <translation>Первая продажа</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>Days since sale</source>
        <translation>Дней без продаж</translation>
    </message>
    <message>
        <source>Revenue in period</source>
        <translation>Выручка за период</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <source>RFM tier</source>
        <translation>RFM-группа</translation>
    </message>
    <message>
        <source>Loading customers</source>
        <translation>Загрузка клиентов</translation>
    </message>
    <message>
        <source>Counting customers</source>
        <translation>Подсчёт клиентов</translation>
    </message>
</context>
<context>
    <name>CustomersSection</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Open a database to see your customers.</source>
        <translation>Откройте базу, чтобы увидеть клиентов.</translation>
    </message>
    <message>
        <source>Bringing the customer figures up to date…</source>
        <translation>Обновляем показатели клиентов…</translation>
    </message>
    <message>
        <source>Updating customer figures</source>
        <translation>Обновление показателей клиентов</translation>
    </message>
    <message>
        <source>Customer figures brought up to date</source>
        <translation>Показатели клиентов обновлены</translation>
    </message>
    <message>
        <source>The customers could not be loaded: {error}</source>
        <translation>Не удалось загрузить клиентов: {error}</translation>
    </message>
    <message>
        <source>Loading segments</source>
        <translation>Загрузка сегментов</translation>
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
        <source>Click to see the list behind this number</source>
        <translation>Нажмите, чтобы увидеть список за этим числом</translation>
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
        <source>Revenue by the lens dimension</source>
        <translation>Выручка по структуре отдела</translation>
    </message>
    <message>
        <source>Goals by status</source>
        <translation>Цели по статусам</translation>
    </message>
    <message>
        <source>Top and bottom members</source>
        <translation>Лучшие и отстающие сотрудники</translation>
    </message>
    <message>
        <source>Top and bottom members by revenue</source>
        <translation>Лучшие и отстающие сотрудники по выручке</translation>
    </message>
    <message>
        <source>Revenue by territory</source>
        <translation>Выручка по территориям</translation>
    </message>
    <message>
        <source>Revenue by product category</source>
        <translation>Выручка по категориям товаров</translation>
    </message>
    <message>
        <source>Revenue by account type</source>
        <translation>Выручка по типам клиентов</translation>
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
        <source>No goals in {period}</source>
        <translation>Нет целей на период {period}</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Целей пока нет</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {error}</source>
        <translation>Не удалось загрузить сводку: {error}</translation>
    </message>
    <message>
        <source>Revenue by member: {group}</source>
        <translation>Выручка по сотрудникам: {group}</translation>
    </message>
    <message>
        <source>Customers of {member}</source>
        <translation>Клиенты: {member}</translation>
    </message>
    <message>
        <source>Goals: {status}</source>
        <translation>Цели: {status}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Of the target</source>
        <translation>От цели</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>Выручка за период</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>{dates}; in progress: figures up to {day}, compared with the same days</source>
        <translation>{dates}; период идёт: данные по {day}, сравнение с теми же днями</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated, UTF-8 (.csv)</source>
        <translation>CSV, через запятую, UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Прервать экспорт</translation>
    </message>
    <message>
        <source>Sales (order lines)</source>
        <translation>Продажи (строки заказов)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>In {period}, the period shown</source>
        <translation>За {period} — период, выбранный в окне</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Все продажи</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Все территории</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Which sales</source>
        <translation>Какие продажи</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Sold by:</source>
        <translation>Продавец:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Reading the filters</source>
        <translation>Чтение фильтров</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Columns are named as the import expects them, so the file can be imported back. Text that a spreadsheet would run as a formula is written as text.</source>
        <translation>Столбцы названы так, как их ждёт импорт, поэтому файл можно загрузить обратно. Текст, который таблица приняла бы за формулу, записывается как текст.</translation>
    </message>
    <message>
        <source>Exporting to {name}</source>
        <translation>Экспорт в {name}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Записана %Ln строка в {path}.</numerusform>
            <numerusform>Записаны %Ln строки в {path}.</numerusform>
            <numerusform>Записано %Ln строк в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Экспорт не удался: {error}</translation>
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
        <source>{name} is read-only: it is open for reading only.</source>
        <translation>{name} доступен только для чтения: база открыта только для чтения.</translation>
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
        <source>Automatic backup of {name}</source>
        <translation>Автоматическая резервная копия {name}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Не удалось создать автоматическую резервную копию: {error}</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Восстановление {name}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the contents of {target} with the backup {backup}?

A safety copy of the current state is written first.</source>
        <translation>Заменить содержимое {target} резервной копией {backup}?

Сначала будет записана страховочная копия текущего состояния.</translation>
    </message>
    <message>
        <source>Restored from {backup}; the previous state was saved as {copy}</source>
        <translation>Восстановлено из {backup}; прежнее состояние сохранено как {copy}</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Восстановление не удалось</translation>
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
    <name>DateDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Изменить сделку</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
    <message>
        <source>e.g. 125 000</source>
        <translation>например, 125 000</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Нужно указать название сделки.</translation>
    </message>
    <message>
        <source>Choose the customer from the list, or leave it empty.</source>
        <translation>Выберите клиента из списка или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The amount is not a number, e.g. 125 000 or 125000.50.</source>
        <translation>Сумма — не число; например, 125 000 или 125000,50.</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Loading deals</source>
        <translation>Загрузка сделок</translation>
    </message>
    <message>
        <source>Counting deals</source>
        <translation>Подсчёт сделок</translation>
    </message>
</context>
<context>
    <name>DealPane</name>
    <message>
        <source>Choose a deal to see its history and follow-ups.</source>
        <translation>Выберите сделку, чтобы увидеть её историю и задачи.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Запланировать…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Won…</source>
        <translation>Выиграна…</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Проиграна…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Loading the deal</source>
        <translation>Загрузка сделки</translation>
    </message>
    <message>
        <source>Won on {day}</source>
        <translation>Выиграна {day}</translation>
    </message>
    <message>
        <source>Lost on {day}: {reason}</source>
        <translation>Проиграна {day}: {reason}</translation>
    </message>
    <message>
        <source>Open, in {stage} ({pipeline})</source>
        <translation>Открыта, этап «{stage}» ({pipeline})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (просрочено)</translation>
    </message>
    <message>
        <source>{day} (done)</source>
        <translation>{day} (выполнено)</translation>
    </message>
</context>
<context>
    <name>DeleteStageDialog</name>
    <message>
        <source>Delete stage {stage}</source>
        <translation>Удалить этап «{stage}»</translation>
    </message>
    <message>
        <source>They move to the stage chosen, with their history: their time in {stage} counts as time in it. Undo puts them back.</source>
        <translation>Они переходят на выбранный этап вместе с историей: время на этапе «{stage}» засчитывается как время на нём. Отмена вернёт всё как было.</translation>
    </message>
    <message>
        <source>Move them and delete</source>
        <translation>Перенести и удалить</translation>
    </message>
    <message>
        <source>Move them to</source>
        <translation>Перенести на этап</translation>
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
    <name>DetailPane</name>
    <message>
        <source>No goals are set for them yet.</source>
        <translation>Целей пока нет.</translation>
    </message>
    <message>
        <source>No deals in this period.</source>
        <translation>За этот период сделок нет.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Зоны ответственности</translation>
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
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
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
        <source>reports to {name}</source>
        <translation>подчиняется: {name}</translation>
    </message>
    <message>
        <source>Left on {date}; the figures are kept in the history.</source>
        <translation>Больше не работает с {date}; показатели сохранены в истории.</translation>
    </message>
    <message numerus="yes">
        <source>%n current</source>
        <translation>
            <numerusform>%n текущий</numerusform>
            <numerusform>%n текущих</numerusform>
            <numerusform>%n текущих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n потенциальный</numerusform>
            <numerusform>%n потенциальных</numerusform>
            <numerusform>%n потенциальных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n потерянный</numerusform>
            <numerusform>%n потерянных</numerusform>
            <numerusform>%n потерянных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity: up to %n current account(s)</source>
        <translation>
            <numerusform>Лимит: до %n текущего клиента</numerusform>
            <numerusform>Лимит: до %n текущих клиентов</numerusform>
            <numerusform>Лимит: до %n текущих клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>перегружен</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation>Текущие клиенты</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>Создано сделок на сумму</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Covers nothing yet: assign territories, categories or account types in the Coverage tab.</source>
        <translation>Пока ни за чем не закреплён: закрепите территории, категории или типы клиентов на вкладке «Зоны ответственности».</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Категории товаров</translation>
    </message>
    <message>
        <source>Account types</source>
        <translation>Типы клиентов</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Список пуст.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The change could not be saved: {error}</source>
        <translation>Изменение не сохранено: {error}</translation>
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
    <name>ExchangeFiles</name>
    <message>
        <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv)</source>
        <translation>Таблицы (*.csv *.xlsx *.xlsm *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import from file</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, через запятую (*.csv)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>Сохранить сопоставление под именем:</translation>
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
    <name>FieldDelegate</name>
    <message>
        <source>— not imported —</source>
        <translation>— не загружать —</translation>
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
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or Windows-1251; commas, semicolons or tabs) or an Excel workbook (.xlsx). The first row must name the columns.</source>
        <translation>Файл CSV (UTF-8 или Windows-1251; запятые, точки с запятой или табуляция) или книга Excel (.xlsx). В первой строке — названия столбцов.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation>Выберите файл .csv или .xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Чтение {name}</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>Файла {name} нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln столбец</numerusform>
            <numerusform>%Ln столбца</numerusform>
            <numerusform>%Ln столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {format}; {columns}.</source>
        <translation>Прочитан как {format}; {columns}.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>Не удаётся прочитать файл: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, code, contact, e-mail, phone…</source>
        <translation>Поиск по названию, коду, контакту, почте, телефону…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>RFM tier</source>
        <translation>RFM-группа</translation>
    </message>
    <message>
        <source>Any days since sale</source>
        <translation>Без продаж: любой срок</translation>
    </message>
    <message>
        <source>No sale for ≥ </source>
        <translation>Без продаж ≥ </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Only customers whose last sale is at least this old</source>
        <translation>Только клиенты, чья последняя продажа не новее этого срока</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All RFM tiers</source>
        <translation>Все RFM-группы</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Все персоны</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Все территории</translation>
    </message>
    <message>
        <source>All account types</source>
        <translation>Все типы клиентов</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Запланировать задачу</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Edit goal</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>e.g. Grow e-commerce revenue by 15% in Q3</source>
        <translation>например, Увеличить выручку интернет-магазина на 15% в 3 кв.</translation>
    </message>
    <message>
        <source>e.g. points</source>
        <translation>например, баллы</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Чем больше, тем лучше</translation>
    </message>
    <message>
        <source>Lower is better (e.g. churn)</source>
        <translation>Чем меньше, тем лучше (например, отток)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Unit of the manual metric:</source>
        <translation>Единица ручного показателя:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Specific and measurable</source>
        <translation>Конкретная и измеримая</translation>
    </message>
    <message>
        <source>Owner and scope</source>
        <translation>Ответственный и охват</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Resources (achievable)</source>
        <translation>Ресурсы (достижимость)</translation>
    </message>
    <message>
        <source>Dates (time-bound)</source>
        <translation>Сроки (ограниченность во времени)</translation>
    </message>
    <message>
        <source>Team: {name}</source>
        <translation>Команда: {name}</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Сотрудник: {name}</translation>
    </message>
    <message>
        <source>(choose the owner)</source>
        <translation>(выберите ответственного)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Parent goal:</source>
        <translation>Родительская цель:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Product category:</source>
        <translation>Категория товаров:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Товар:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Тип клиента:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Previous period of equal length</source>
        <translation>Предыдущий период той же длины</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>База:</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>Целевое значение:</translation>
    </message>
    <message>
        <source>Growth over the baseline:</source>
        <translation>Рост к базе:</translation>
    </message>
    <message>
        <source>Headcount:</source>
        <translation>Численность:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Бюджет:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Checking the goal</source>
        <translation>Проверка цели</translation>
    </message>
    <message>
        <source>No history to compare: set the target value.</source>
        <translation>Сравнивать не с чем: задайте целевое значение.</translation>
    </message>
    <message>
        <source>No baseline in this scope</source>
        <translation>В этом охвате нет базы</translation>
    </message>
    <message>
        <source>{value} ({period}): no history to compare</source>
        <translation>{value} ({period}): сравнивать не с чем</translation>
    </message>
    <message>
        <source>Save the goal?</source>
        <translation>Сохранить цель?</translation>
    </message>
    <message>
        <source>The SMART check finds this goal hard to reach or to time:</source>
        <translation>Проверка SMART считает цель труднодостижимой или плохо ограниченной по времени:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>The goal could not be saved: {error}</source>
        <translation>Цель не сохранена: {error}</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>The split adds up to {total}: {difference} short of the target</source>
        <translation>Разбивка в сумме {total}: до цели не хватает {difference}</translation>
    </message>
    <message>
        <source>The split adds up to {total}: {difference} over the target</source>
        <translation>Разбивка в сумме {total}: на {difference} больше цели</translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>Факт на сегодня</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>Ожидалось на сегодня</translation>
    </message>
    <message>
        <source>Forecast at the end</source>
        <translation>Прогноз на конец</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>Покрытие воронкой</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>График выполнения</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>SMART check</source>
        <translation>Проверка SMART</translation>
    </message>
    <message>
        <source>Contribution by member</source>
        <translation>Вклад сотрудников</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Add check-in…</source>
        <translation>Добавить отметку…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>{share} of the target</source>
        <translation>{share} от цели</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>Expected from the open deals before the end: {expected} of the {gap} still missing.</source>
        <translation>Ожидается от открытых сделок до конца срока: {expected} из недостающих {gap}.</translation>
    </message>
    <message>
        <source>Rates and averages do not split by member; the chart shows the level.</source>
        <translation>Доли и средние не делятся по сотрудникам; график показывает уровень.</translation>
    </message>
    <message>
        <source>No contributions yet.</source>
        <translation>Вклада пока нет.</translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message>
        <source>Not started</source>
        <translation>Не начата</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Отстаёт</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Не достигнута</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>да</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>под вопросом</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Продано единиц</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation>Текущие клиенты</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>Создано сделок на сумму</translation>
    </message>
    <message>
        <source>Manual metric</source>
        <translation>Ручной показатель</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Goals by owner</source>
        <translation>Цели по ответственным</translation>
    </message>
    <message>
        <source>Select a goal to see its progress</source>
        <translation>Выберите цель, чтобы увидеть её выполнение</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Новая цель…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Правый щелчок — выбор столбцов</translation>
    </message>
    <message>
        <source>Loading the goals…</source>
        <translation>Загрузка целей…</translation>
    </message>
    <message>
        <source>Loading the goals</source>
        <translation>Загрузка целей</translation>
    </message>
    <message>
        <source>No goals yet: create one with New goal.</source>
        <translation>Целей пока нет: создайте первую кнопкой «Новая цель».</translation>
    </message>
    <message>
        <source>The goals could not be loaded: {error}</source>
        <translation>Цели не загружены: {error}</translation>
    </message>
    <message>
        <source>Loading the goal</source>
        <translation>Загрузка цели</translation>
    </message>
    <message>
        <source>Preparing the goal editor</source>
        <translation>Подготовка редактора цели</translation>
    </message>
    <message>
        <source>Edit goal {title}</source>
        <translation>Изменение цели «{title}»</translation>
    </message>
    <message>
        <source>New goal {title}</source>
        <translation>Новая цель «{title}»</translation>
    </message>
    <message>
        <source>Reading what depends on the goal</source>
        <translation>Проверка связей цели</translation>
    </message>
    <message>
        <source>Delete goal {title}</source>
        <translation>Удаление цели «{title}»</translation>
    </message>
    <message>
        <source>Add a check-in to {title}</source>
        <translation>Отметка по цели «{title}»</translation>
    </message>
    <message>
        <source>Edit a check-in of {title}</source>
        <translation>Изменение отметки по цели «{title}»</translation>
    </message>
    <message>
        <source>Delete a check-in of {title}</source>
        <translation>Удаление отметки по цели «{title}»</translation>
    </message>
    <message>
        <source>Sub-goals that stay as goals of their own: {children}. Check-ins deleted with it: {checkins}.</source>
        <translation>Подцели останутся самостоятельными целями: {children}. Вместе с целью удаляются отметки: {checkins}.</translation>
    </message>
    <message>
        <source>Delete the goal &quot;{title}&quot;?</source>
        <translation>Удалить цель «{title}»?</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Удалить цель</translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <source>Assign coverage</source>
        <translation>Закрепить зону</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Команда «{name}»</translation>
    </message>
    <message>
        <source>{item} is covered by:</source>
        <translation>За зоной «{item}» закрепить:</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <source>— not imported —</source>
        <translation>— не загружать —</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Загружать как</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Imported as {field}</source>
        <translation>Загружается как «{field}»</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не загружается</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Sales (order lines)</source>
        <translation>Продажи (строки заказов)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Никто конкретно</translation>
    </message>
    <message>
        <source>Still open (needs follow-up)</source>
        <translation>Ещё открыт (нужно продолжение)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>Отметить увольнение</translation>
    </message>
    <message>
        <source>Last day of {name}:</source>
        <translation>Последний рабочий день ({name}):</translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <source>Member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Current accounts</source>
        <translation>Текущие клиенты</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Сверх лимита</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark the deal as lost</source>
        <translation>Отметить сделку проигранной</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Укажите, почему сделка проиграна.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить потерянным</translation>
    </message>
    <message>
        <source>e.g. moved to a competitor, closed down</source>
        <translation>например, ушёл к конкуренту, закрылся</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
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
        <translation>Структура отдела продаж</translation>
    </message>
    <message>
        <source>Period and organisation</source>
        <translation>Период и структура отдела</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Organised by:</source>
        <translation>Структура отдела:</translation>
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
        <source>Open &amp;Team Database…</source>
        <translation>Открыть &amp;общую базу команды…</translation>
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
        <source>&amp;Company settings…</source>
        <translation>Настройки &amp;компании…</translation>
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
        <source>Needs the rights of the head of sales or the admin</source>
        <translation>Нужны права руководителя отдела продаж или администратора</translation>
    </message>
    <message>
        <source>Import customers, sales, products, members or deals</source>
        <translation>Импорт клиентов, продаж, товаров, сотрудников или сделок</translation>
    </message>
    <message>
        <source>The company&apos;s name, currency and rules</source>
        <translation>Название компании, валюта и правила</translation>
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
        <source>Counting records</source>
        <translation>Подсчёт записей</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз нет</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Изменить настройки</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Чтение настроек</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>Сопоставьте столбцы с полями</translation>
    </message>
    <message>
        <source>SalesDesk guessed from the column names what each column holds. Correct any guess; columns left “not imported” are passed over.</source>
        <translation>SalesDesk угадал по названиям, что хранится в каждом столбце. Исправьте неверные догадки; столбцы «не загружать» пропускаются.</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>определяется</translation>
    </message>
    <message>
        <source>Only for files whose dates could be read two ways, e.g. %d/%m/%Y or %m/%d/%Y</source>
        <translation>Только для файлов, где даты можно прочитать двояко, например %d/%m/%Y или %m/%d/%Y</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Сопоставление:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Формат дат:</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Первые строки файла:</translation>
    </message>
    <message>
        <source>Guessed from the column names</source>
        <translation>По названиям столбцов</translation>
    </message>
    <message>
        <source>Saving the mapping {name}</source>
        <translation>Сохранение сопоставления «{name}»</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Не удаётся сохранить сопоставление</translation>
    </message>
    <message>
        <source>{format} is not a date format such as %d.%m.%Y</source>
        <translation>{format} — не формат даты вроде %d.%m.%Y</translation>
    </message>
</context>
<context>
    <name>MarketView</name>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>История цен</translation>
    </message>
    <message>
        <source>Our prices against the competitors&apos;</source>
        <translation>Наши цены и цены конкурентов</translation>
    </message>
    <message>
        <source>Add competitor…</source>
        <translation>Добавить конкурента…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add price…</source>
        <translation>Добавить цену…</translation>
    </message>
    <message>
        <source>Edit price…</source>
        <translation>Изменить цену…</translation>
    </message>
    <message>
        <source>Delete price…</source>
        <translation>Удалить цену…</translation>
    </message>
    <message>
        <source>Loading competitors</source>
        <translation>Загрузка конкурентов</translation>
    </message>
    <message>
        <source>Each competitor&apos;s latest price, with how far ours lies above (+) or below (−) it. * greyed: seen before {date}, more than 6 months ago.</source>
        <translation>Последняя цена каждого конкурента и на сколько наша выше (+) или ниже (−) её. * серым — замечена до {date}, больше 6 месяцев назад.</translation>
    </message>
    <message>
        <source>No competitors yet: add the companies you lose deals to.</source>
        <translation>Конкурентов пока нет: добавьте компании, которым вы проигрываете сделки.</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Позиционирование</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Our differentiation</source>
        <translation>Наше отличие</translation>
    </message>
    <message>
        <source>Estimated market share</source>
        <translation>Оценка доли рынка</translation>
    </message>
    <message>
        <source>Add competitor {name}</source>
        <translation>Добавить конкурента {name}</translation>
    </message>
    <message>
        <source>Edit competitor {name}</source>
        <translation>Изменить конкурента {name}</translation>
    </message>
    <message>
        <source>Reading what depends on {name}</source>
        <translation>Проверка связей: {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message numerus="yes">
        <source>%n price observation(s) will be deleted with it.</source>
        <translation>
            <numerusform>%n наблюдение цены будет удалено вместе с ним.</numerusform>
            <numerusform>%n наблюдения цен будут удалены вместе с ним.</numerusform>
            <numerusform>%n наблюдений цен будут удалены вместе с ним.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n research note(s) will lose their link to it.</source>
        <translation>
            <numerusform>%n заметка потеряет связь с ним.</numerusform>
            <numerusform>%n заметки потеряют связь с ним.</numerusform>
            <numerusform>%n заметок потеряют связь с ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Это можно отменить: Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Delete competitor</source>
        <translation>Удаление конкурента</translation>
    </message>
    <message>
        <source>Delete competitor {name}</source>
        <translation>Удалить конкурента {name}</translation>
    </message>
    <message>
        <source>Add a price of {name}</source>
        <translation>Добавить цену: {name}</translation>
    </message>
    <message>
        <source>Edit a price of {name}</source>
        <translation>Изменить цену: {name}</translation>
    </message>
    <message>
        <source>Delete the price of {product} seen on {date}?</source>
        <translation>Удалить цену на «{product}» от {date}?</translation>
    </message>
    <message>
        <source>Delete price</source>
        <translation>Удаление цены</translation>
    </message>
    <message>
        <source>Delete a price of {name}</source>
        <translation>Удалить цену: {name}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Изменить сотрудника</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(без команды)</translation>
    </message>
    <message>
        <source>The team&apos;s lead</source>
        <translation>Руководитель команды</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никому)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>The most current accounts this member can hold.</source>
        <translation>Сколько текущих клиентов сотрудник может вести самое большее.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Команда:</translation>
    </message>
    <message>
        <source>Reports to:</source>
        <translation>Подчиняется:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Лимит клиентов:</translation>
    </message>
</context>
<context>
    <name>MemberPipelineTable</name>
    <message>
        <source>Member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Сумма открытых</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Pipeline by member</source>
        <translation>Воронка по сотрудникам</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to team</source>
        <translation>Перенос в команду</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(без команды)</translation>
    </message>
    <message>
        <source>Move {name} to:</source>
        <translation>Куда перенести {name}:</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>Whose day</source>
        <translation>Чей день</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Дней без движения</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation>Выручка под угрозой</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Log outcome…</source>
        <translation>Записать результат…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Решить…</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Открыть сделку</translation>
    </message>
    <message>
        <source>My day of</source>
        <translation>Мой день:</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Задачи на сегодня и просроченные</translation>
    </message>
    <message>
        <source>Rotting deals</source>
        <translation>Застрявшие сделки</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Клиенты под угрозой ухода</translation>
    </message>
    <message>
        <source>Open complaints and service tickets</source>
        <translation>Открытые жалобы и сервисные заявки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Loading My day</source>
        <translation>Загрузка «Моего дня»</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due, </source>
        <translation>
            <numerusform>%n задача к выполнению, </numerusform>
            <numerusform>%n задачи к выполнению, </numerusform>
            <numerusform>%n задач к выполнению, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (просрочено)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
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
    <message>
        <source>{code} is not an ISO 4217 currency code such as RUB, USD or EUR.</source>
        <translation>{code} — не код валюты ISO 4217 (например, RUB, USD или EUR).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit research note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Исследование рынка</translation>
    </message>
    <message>
        <source>Customer research</source>
        <translation>Исследование клиентов</translation>
    </message>
    <message>
        <source>comma-separated, e.g. pricing, churn</source>
        <translation>через запятую, например: цены, отток</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Change owner</source>
        <translation>Сменить ответственного</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
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
    <name>PersonaCardWidget</name>
    <message>
        <source>Who they are</source>
        <translation>Кто они</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Боли</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Предпочитаемые каналы</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <source>No linked segment: link one to see its customers and revenue.</source>
        <translation>Сегмент не связан: свяжите его, чтобы видеть клиентов и выручку.</translation>
    </message>
    <message>
        <source>Segment “{segment}”: {customers} customers · {share} of revenue · retention {retention} ({period})</source>
        <translation>Сегмент «{segment}»: клиентов {customers} · {share} выручки · удержание {retention} ({period})</translation>
    </message>
</context>
<context>
    <name>PersonasPage</name>
    <message>
        <source>Loading personas and their segments…</source>
        <translation>Загрузка персон и их сегментов…</translation>
    </message>
    <message>
        <source>Loading personas</source>
        <translation>Загрузка персон</translation>
    </message>
    <message>
        <source>No personas yet. A persona describes an ideal customer: who they are, their goals, pains and objections.</source>
        <translation>Персон пока нет. Персона описывает идеального клиента: кто он, его цели, боли и возражения.</translation>
    </message>
</context>
<context>
    <name>PipelineCards</name>
    <message>
        <source>Open pipeline</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Won in the period so far plus the open deals expected to close in it, each weighted by its stage&apos;s chance to win.</source>
        <translation>Выиграно за период на сегодня плюс открытые сделки, которые ожидается закрыть в нём, каждая с весом вероятности выигрыша её этапа.</translation>
    </message>
    <message>
        <source>Click to see the list behind this number</source>
        <translation>Нажмите, чтобы увидеть список за этим числом</translation>
    </message>
    <message>
        <source>Loading the pipeline figures</source>
        <translation>Загрузка показателей воронки</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>won + weighted open, closing in {period}</source>
        <translation>выиграно + взвешенные открытые, срок закрытия: {period}</translation>
    </message>
    <message>
        <source>vs {period}</source>
        <translation>к {period}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Weighted open deals</source>
        <translation>Взвешенные открытые сделки</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Проиграно сделок</translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Find a deal or customer</source>
        <translation>Найти сделку или клиента</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>Pipelines and stages…</source>
        <translation>Воронки и этапы…</translation>
    </message>
    <message>
        <source>Create, rename and deactivate pipelines; add, rename, reorder and delete their stages; set each stage&apos;s chance to win and rotting days</source>
        <translation>Создание, переименование и отключение воронок; добавление, переименование, перестановка и удаление этапов; вероятность выигрыша и срок застревания каждого этапа</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Любая дата закрытия</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>Срок закрытия прошёл</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Закрытие в этом месяце</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Закрытие в этом квартале</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Закрытие в следующем квартале</translation>
    </message>
    <message>
        <source>Closing in the chosen period</source>
        <translation>Закрытие в выбранном периоде</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>На следующий этап</translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation>На предыдущий этап</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Перенести на этап…</translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation>Отметить выигранной…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Отметить проигранной…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Запланировать задачу…</translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation>Изменить сделку…</translation>
    </message>
    <message>
        <source>Loading the pipeline</source>
        <translation>Загрузка воронки</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (неактивна)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Все территории</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All account types</source>
        <translation>Все типы клиентов</translation>
    </message>
    <message>
        <source>Move {deal} to {stage}</source>
        <translation>Перенос: {deal} → «{stage}»</translation>
    </message>
    <message>
        <source>Mark {deal} as won</source>
        <translation>Сделка «{deal}» выиграна</translation>
    </message>
    <message>
        <source>Mark {deal} as lost</source>
        <translation>Сделка «{deal}» проиграна</translation>
    </message>
    <message>
        <source>Reopen {deal}</source>
        <translation>Сделка «{deal}» снова открыта</translation>
    </message>
    <message>
        <source>New deal {deal}</source>
        <translation>Новая сделка «{deal}»</translation>
    </message>
    <message>
        <source>Edit {deal}</source>
        <translation>Изменение сделки «{deal}»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>Дата следующего шага</translation>
    </message>
    <message>
        <source>Plan a follow-up of {deal}</source>
        <translation>Новая задача по сделке «{deal}»</translation>
    </message>
    <message>
        <source>Reschedule a follow-up to {date}</source>
        <translation>Перенос задачи на {date}</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <source>Log the outcome</source>
        <translation>Результат задачи</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Жалоба решена</translation>
    </message>
</context>
<context>
    <name>PipelineSetupDialog</name>
    <message>
        <source>Pipelines and stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <source>A stage&apos;s chance to win is its default: once 20 deals closed in the last 365 days have passed through it, the forecast learns the chance from them.</source>
        <translation>Вероятность выигрыша этапа — значение по умолчанию: когда через этап пройдут 20 сделок, закрытых за последние 365 дней, прогноз возьмёт вероятность из них.</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>New deal… does not offer an inactive pipeline; its deals and figures stay.</source>
        <translation>«Новая сделка…» не предлагает неактивную воронку; её сделки и показатели сохраняются.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Добавить этап…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>В&amp;ыше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Н&amp;иже</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>от 0 до 100</translation>
    </message>
    <message>
        <source>1 or more</source>
        <translation>1 и больше</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Н&amp;азвание</translation>
    </message>
    <message>
        <source>&amp;Chance to win, %</source>
        <translation>&amp;Вероятность выигрыша, %</translation>
    </message>
    <message>
        <source>&amp;Rots after, days</source>
        <translation>&amp;Застревает через, дней</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Loading the pipelines</source>
        <translation>Загрузка воронок</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (неактивна)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>No deal uses this stage.</source>
        <translation>Сделок на этом этапе нет и не было.</translation>
    </message>
    <message>
        <source>Rename stage {old} to {new}</source>
        <translation>Переименовать этап «{old}» в «{new}»</translation>
    </message>
    <message>
        <source>Set the chance to win of {stage} to {percent} %</source>
        <translation>Вероятность выигрыша этапа «{stage}»: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Let deals rot after %n day(s) in {stage}</source>
        <translation>
            <numerusform>Сделки на этапе «{stage}» застревают через %n день</numerusform>
            <numerusform>Сделки на этапе «{stage}» застревают через %n дня</numerusform>
            <numerusform>Сделки на этапе «{stage}» застревают через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Add stage {stage}</source>
        <translation>Добавить этап «{stage}»</translation>
    </message>
    <message>
        <source>Move stage {stage} up</source>
        <translation>Поднять этап «{stage}»</translation>
    </message>
    <message>
        <source>Move stage {stage} down</source>
        <translation>Опустить этап «{stage}»</translation>
    </message>
    <message>
        <source>A pipeline keeps at least one stage.</source>
        <translation>В воронке должен остаться хотя бы один этап.</translation>
    </message>
    <message>
        <source>Delete stage {stage}</source>
        <translation>Удалить этап «{stage}»</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>New pipeline {pipeline}</source>
        <translation>Новая воронка «{pipeline}»</translation>
    </message>
    <message>
        <source>Rename the pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <source>Rename pipeline {old} to {new}</source>
        <translation>Переименовать воронку «{old}» в «{new}»</translation>
    </message>
    <message>
        <source>Deactivate pipeline {pipeline}</source>
        <translation>Отключить воронку «{pipeline}»</translation>
    </message>
    <message>
        <source>Activate pipeline {pipeline}</source>
        <translation>Включить воронку «{pipeline}»</translation>
    </message>
</context>
<context>
    <name>PriceCalculator</name>
    <message>
        <source>Price calculator</source>
        <translation>Калькулятор цены</translation>
    </message>
    <message>
        <source>Gross margin (cost plus margin)</source>
        <translation>Валовая маржа (затраты плюс наценка)</translation>
    </message>
    <message>
        <source>Perceived value (from the competitors&apos; prices)</source>
        <translation>Воспринимаемая ценность (от цен конкурентов)</translation>
    </message>
    <message>
        <source>Apply to the list price</source>
        <translation>Установить как цену по прайсу</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>1. Variable cost per unit</source>
        <translation>1. Переменные затраты на единицу</translation>
    </message>
    <message>
        <source>2. Profit margin on the cost</source>
        <translation>2. Наценка на затраты</translation>
    </message>
    <message>
        <source>3. Fixed costs of the period</source>
        <translation>3. Постоянные затраты за период</translation>
    </message>
    <message>
        <source>   Units expected in the period</source>
        <translation>   Ожидаемый объём за период, ед.</translation>
    </message>
    <message>
        <source>4. Our value against competitors</source>
        <translation>4. Наша ценность к конкурентам</translation>
    </message>
    <message>
        <source>Select a product to price it.</source>
        <translation>Выберите товар, чтобы рассчитать цену.</translation>
    </message>
    <message>
        <source>{name} ({code}): cost {cost}, list price {price}, margin {margin}.</source>
        <translation>{name} ({code}): себестоимость {cost}, цена по прайсу {price}, маржа {margin}.</translation>
    </message>
    <message numerus="yes">
        <source>%n competitor price(s) from the last 6 months are compared in step 4.</source>
        <translation>
            <numerusform>%n цена конкурента за последние 6 месяцев сравнивается на шаге 4.</numerusform>
            <numerusform>%n цены конкурентов за последние 6 месяцев сравниваются на шаге 4.</numerusform>
            <numerusform>%n цен конкурентов за последние 6 месяцев сравниваются на шаге 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No competitor price from the last 6 months: record them in Market.</source>
        <translation>Нет цен конкурентов за последние 6 месяцев: внесите их на вкладке «Рынок».</translation>
    </message>
    <message>
        <source>Suggested price: {price} (now {current}, {change})</source>
        <translation>Рекомендуемая цена: {price} (сейчас {current}, {change})</translation>
    </message>
    <message>
        <source>Apply the price?</source>
        <translation>Применить цену?</translation>
    </message>
    <message>
        <source>Look at this price once more:</source>
        <translation>Проверьте эту цену ещё раз:</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Всё равно применить</translation>
    </message>
</context>
<context>
    <name>PriceComparisonModel</name>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Our price</source>
        <translation>Наша цена</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Ours vs average</source>
        <translation>Наша к средней</translation>
    </message>
    <message>
        <source>How far our price lies above (+) or below (−) the competitors&apos; average</source>
        <translation>На сколько наша цена выше (+) или ниже (−) средней цены конкурентов</translation>
    </message>
    <message>
        <source>{name}: seen on {date}; ours is {difference} against it.</source>
        <translation>{name}: замечена {date}; наша цена — {difference} к ней.</translation>
    </message>
    <message>
        <source>Older than 6 months: it may no longer hold.</source>
        <translation>Старше 6 месяцев: цена могла измениться.</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Price seen at {competitor}</source>
        <translation>Цена у конкурента {competitor}</translation>
    </message>
    <message>
        <source>website, catalogue, store visit…</source>
        <translation>сайт, каталог, визит в магазин…</translation>
    </message>
    <message>
        <source>Our product</source>
        <translation>Наш товар</translation>
    </message>
    <message>
        <source>Their product</source>
        <translation>Их товар</translation>
    </message>
    <message>
        <source>Their price</source>
        <translation>Их цена</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Дата наблюдения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <source>Observed</source>
        <translation>Замечена</translation>
    </message>
    <message>
        <source>Our product</source>
        <translation>Наш товар</translation>
    </message>
    <message>
        <source>Their product</source>
        <translation>Их товар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>PricingView</name>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Find a product by name or code</source>
        <translation>Найти товар по названию или коду</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Показывать неактивные</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Добавить товар…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Loading the product catalogue</source>
        <translation>Загрузка каталога товаров</translation>
    </message>
    <message>
        <source>Set the list price of {name} to {price}</source>
        <translation>Установить цену {name}: {price}</translation>
    </message>
    <message>
        <source>Add product {name}</source>
        <translation>Добавить товар {name}</translation>
    </message>
    <message>
        <source>Edit product {name}</source>
        <translation>Изменить товар {name}</translation>
    </message>
    <message>
        <source>Reading what uses {name}</source>
        <translation>Проверка использования: {name}</translation>
    </message>
    <message>
        <source>Product in use</source>
        <translation>Товар используется</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: other records use it ({uses}). Mark it inactive instead (Edit…), which keeps its history.</source>
        <translation>«{name}» нельзя удалить: на него ссылаются другие записи ({uses}). Отметьте его неактивным (Изменить…) — история сохранится.</translation>
    </message>
    <message>
        <source>Delete {name}? You can undo this with Edit &gt; Undo.</source>
        <translation>Удалить «{name}»? Это можно отменить: Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Удаление товара</translation>
    </message>
    <message>
        <source>Delete product {name}</source>
        <translation>Удалить товар {name}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Изменить товар</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>Offered to customers</source>
        <translation>Предлагается клиентам</translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation>Код (артикул)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Цена по прайсу</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Save the price?</source>
        <translation>Сохранить цену?</translation>
    </message>
    <message>
        <source>Look at this price once more:</source>
        <translation>Проверьте эту цену ещё раз:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Цена по прайсу</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Маржа, %</translation>
    </message>
</context>
<context>
    <name>ProposalMovesModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Нет ответственного</translation>
    </message>
    <message>
        <source>Owner left</source>
        <translation>Ответственный больше не работает</translation>
    </message>
    <message>
        <source>Owner overloaded</source>
        <translation>Ответственный перегружен</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>без изменений</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>The change was not saved: {error}</source>
        <translation>Изменение не сохранено: {error}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Choose the period in the toolbar at the top</source>
        <translation>Период выбирается на панели вверху окна</translation>
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
        <source>as chosen in the toolbar, for every section</source>
        <translation>как выбрано на панели вверху, для всех разделов</translation>
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
    <name>ResearchNoteModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Customer research</source>
        <translation>Исследование клиентов</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Исследование рынка</translation>
    </message>
</context>
<context>
    <name>ResearchView</name>
    <message>
        <source>Research notes</source>
        <translation>Заметки об исследованиях</translation>
    </message>
    <message>
        <source>Search titles, text, tags and links</source>
        <translation>Поиск по заголовкам, тексту, тегам и связям</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Customer research</source>
        <translation>Исследование клиентов</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Исследование рынка</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>The selected note</source>
        <translation>Выбранная заметка</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Новая заметка…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Loading research notes</source>
        <translation>Загрузка заметок</translation>
    </message>
    <message>
        <source>No note matches.</source>
        <translation>Подходящих заметок нет.</translation>
    </message>
    <message>
        <source>No research notes yet: write down what you learn about customers and the market.</source>
        <translation>Заметок пока нет: записывайте, что вы узнаёте о клиентах и рынке.</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Теги: {tags}</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Add note {title}</source>
        <translation>Добавить заметку «{title}»</translation>
    </message>
    <message>
        <source>Edit note {title}</source>
        <translation>Изменить заметку «{title}»</translation>
    </message>
    <message>
        <source>Delete the note {title}? You can undo this with Edit &gt; Undo.</source>
        <translation>Удалить заметку «{title}»? Это можно отменить: Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Delete note {title}</source>
        <translation>Удалить заметку «{title}»</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention and churn by month</source>
        <translation>Удержание и отток по месяцам</translation>
    </message>
    <message>
        <source>Acquisition cost against retention cost</source>
        <translation>Стоимость привлечения и удержания</translation>
    </message>
    <message>
        <source>Cohorts by first-purchase month</source>
        <translation>Когорты по месяцу первой покупки</translation>
    </message>
    <message>
        <source>RFM tiers</source>
        <translation>RFM-группы</translation>
    </message>
    <message>
        <source>At risk, by revenue at stake</source>
        <translation>Под угрозой — по выручке, которую можно потерять</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <source>Days since sale</source>
        <translation>Дней без продаж</translation>
    </message>
    <message>
        <source>Revenue at stake (12 months)</source>
        <translation>Выручка под угрозой (12 мес.)</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>Выручка за всё время</translation>
    </message>
    <message>
        <source>Why at risk</source>
        <translation>Почему под угрозой</translation>
    </message>
    <message>
        <source>Double-click a customer, or press Enter, to open them</source>
        <translation>Дважды щёлкните клиента или нажмите Enter, чтобы открыть его карточку</translation>
    </message>
    <message>
        <source>Computing retention for the 12 months up to {month}…</source>
        <translation>Считаем удержание за 12 месяцев до конца периода «{month}»…</translation>
    </message>
    <message>
        <source>Computing retention</source>
        <translation>Расчёт удержания</translation>
    </message>
    <message>
        <source>The 12 months up to {month}</source>
        <translation>12 месяцев, последний — {month}</translation>
    </message>
    <message>
        <source>Record acquisition and retention spend per channel to compare the costs.</source>
        <translation>Внесите затраты на привлечение и удержание по каналам, чтобы сравнить стоимость.</translation>
    </message>
    <message>
        <source>In {period} a new customer cost {cac}, keeping one {kept}: {ratio}× as much.</source>
        <translation>В период «{period}» новый клиент стоил {cac}, удержание одного — {kept}: в {ratio} раза дороже.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The import is one transaction: if you cancel, the database stays as it was.</source>
        <translation>Импорт идёт одной транзакцией: если его прервать, база останется прежней.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Updating the dashboard&apos;s figures…</source>
        <translation>Обновление показателей сводки…</translation>
    </message>
    <message>
        <source>Updating the stored figures</source>
        <translation>Обновление сохранённых показателей</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation>Импорт не удался, ничего не изменено: {error}</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Сохранённые сегменты</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <source>e.g. Corporate customers in Moscow at risk</source>
        <translation>например, крупные клиенты в Москве под угрозой</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>A customer belongs to the segment when every condition holds. Membership is recomputed from the data, never kept by hand.</source>
        <translation>Клиент входит в сегмент, когда выполнены все условия. Состав пересчитывается по данным и никогда не ведётся вручную.</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Сохранить сегмент</translation>
    </message>
    <message>
        <source>Show customers</source>
        <translation>Показать клиентов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Customers who match all of:</source>
        <translation>Клиенты, для которых выполнено всё:</translation>
    </message>
    <message>
        <source>Account type is</source>
        <translation>Тип клиента —</translation>
    </message>
    <message>
        <source>Territory is in</source>
        <translation>Территория в</translation>
    </message>
    <message>
        <source>Persona is</source>
        <translation>Персона —</translation>
    </message>
    <message>
        <source>Owner is</source>
        <translation>Ответственный —</translation>
    </message>
    <message>
        <source>Status is</source>
        <translation>Статус —</translation>
    </message>
    <message>
        <source>RFM tier is</source>
        <translation>RFM-группа —</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Выручка за 12 месяцев</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <source>Acquired through</source>
        <translation>Привлечён через</translation>
    </message>
    <message>
        <source>Loading segments</source>
        <translation>Загрузка сегментов</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Counting segment members</source>
        <translation>Подсчёт клиентов сегмента</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match</source>
        <translation>
            <numerusform>Подходит %n клиент</numerusform>
            <numerusform>Подходят %n клиента</numerusform>
            <numerusform>Подходят %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Дайте сегменту название.</translation>
    </message>
    <message>
        <source>Save segment {name}</source>
        <translation>Сохранить сегмент «{name}»</translation>
    </message>
</context>
<context>
    <name>ServerLoginDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Открыть общую базу команды</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass if empty</source>
        <translation>если пусто — из PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <source>SalesDesk never stores the password.</source>
        <translation>SalesDesk никогда не сохраняет пароль.</translation>
    </message>
    <message>
        <source>Server database:</source>
        <translation>База на сервере:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
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
    <name>SmartPanel</name>
    <message>
        <source>Specific</source>
        <translation>Конкретная</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Измеримая</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Достижимая</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Реалистичная</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Ограничена по времени</translation>
    </message>
    <message>
        <source>Checking against your history…</source>
        <translation>Сверяем с вашей историей…</translation>
    </message>
    <message>
        <source>SMART score: {score} of 5</source>
        <translation>Оценка SMART: {score} из 5</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Застревает через</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытых</translation>
    </message>
    <message>
        <source>Deals in all</source>
        <translation>Всего сделок</translation>
    </message>
    <message>
        <source>The stage&apos;s default chance to win, used while fewer than 20 deals closed in the last 365 days reached it.</source>
        <translation>Вероятность выигрыша этапа по умолчанию: используется, пока этапа достигли меньше 20 сделок, закрытых за последние 365 дней.</translation>
    </message>
    <message>
        <source>An open deal rots after this many days without a stage change or a follow-up done.</source>
        <translation>Открытая сделка застревает через столько дней без смены этапа и без выполненных задач.</translation>
    </message>
    <message>
        <source>Deals open in the stage now.</source>
        <translation>Сделки, открытые на этапе сейчас.</translation>
    </message>
    <message>
        <source>Deals whose history passed through the stage, closed ones too.</source>
        <translation>Сделки, прошедшие через этап, включая закрытые.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategySection</name>
    <message>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследования</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <source>Strategy data could not be loaded: {error}</source>
        <translation>Не удалось загрузить данные стратегии: {error}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Imported from {name} ({format}).</source>
        <translation>Загружено из {name} ({format}).</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не загружено</translation>
    </message>
    <message>
        <source>Rows of {name} ({format}) have problems, so nothing was written. Fix them and import again, or import again and leave those rows out.</source>
        <translation>В строках {name} ({format}) есть ошибки, поэтому ничего не записано. Исправьте их и повторите импорт или повторите его, пропустив эти строки.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>Deals updated:</source>
        <translation>Сделок обновлено:</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Пропущено повторов:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Отклонено строк:</translation>
    </message>
    <message>
        <source>Sales lines added:</source>
        <translation>Добавлено строк продаж:</translation>
    </message>
    <message>
        <source>Customers added:</source>
        <translation>Добавлено клиентов:</translation>
    </message>
    <message>
        <source>Products added:</source>
        <translation>Добавлено товаров:</translation>
    </message>
    <message>
        <source>Team members added:</source>
        <translation>Добавлено сотрудников:</translation>
    </message>
    <message>
        <source>Deals added:</source>
        <translation>Сделок добавлено:</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>Новых клиентов:</translation>
    </message>
    <message>
        <source>New products:</source>
        <translation>Новых товаров:</translation>
    </message>
    <message>
        <source>New product categories:</source>
        <translation>Новых категорий товаров:</translation>
    </message>
    <message>
        <source>New territories:</source>
        <translation>Новых территорий:</translation>
    </message>
    <message>
        <source>New account types:</source>
        <translation>Новых типов клиентов:</translation>
    </message>
    <message>
        <source>New channels:</source>
        <translation>Новых каналов:</translation>
    </message>
    <message>
        <source>New team members:</source>
        <translation>Новых сотрудников:</translation>
    </message>
    <message>
        <source>New teams:</source>
        <translation>Новых команд:</translation>
    </message>
    <message>
        <source>New personas:</source>
        <translation>Новых портретов клиентов:</translation>
    </message>
    <message>
        <source>New pipelines:</source>
        <translation>Новых воронок:</translation>
    </message>
    <message>
        <source>New stages:</source>
        <translation>Новых этапов:</translation>
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
    <name>TeamCommands</name>
    <message>
        <source>New &amp;team…</source>
        <translation>Новая &amp;команда…</translation>
    </message>
    <message>
        <source>New &amp;member…</source>
        <translation>Новый &amp;сотрудник…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to team…</source>
        <translation>Пере&amp;нести в команду…</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Отметить &amp;увольнение…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message>
        <source>Mark as &amp;active again</source>
        <translation>&amp;Снова работает</translation>
    </message>
    <message>
        <source>New team {name}</source>
        <translation>Новая команда «{name}»</translation>
    </message>
    <message>
        <source>New member {name}</source>
        <translation>Новый сотрудник {name}</translation>
    </message>
    <message>
        <source>Edit team {name}</source>
        <translation>Изменение команды «{name}»</translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation>Изменение сотрудника {name}</translation>
    </message>
    <message>
        <source>The team&apos;s lead</source>
        <translation>Руководитель команды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>Rename team to {name}</source>
        <translation>Переименование команды в «{name}»</translation>
    </message>
    <message>
        <source>Rename member to {name}</source>
        <translation>Переименование сотрудника в {name}</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>Move {name} to {target}</source>
        <translation>Перенос: {name} → «{target}»</translation>
    </message>
    <message numerus="yes">
        <source>Move {name} and %n more to {target}</source>
        <translation>
            <numerusform>Перенос: {name} и ещё %n → «{target}»</numerusform>
            <numerusform>Перенос: {name} и ещё %n → «{target}»</numerusform>
            <numerusform>Перенос: {name} и ещё %n → «{target}»</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} becomes {role}</source>
        <translation>{name}: новая должность — {role}</translation>
    </message>
    <message>
        <source>{name} is active again</source>
        <translation>{name} снова работает</translation>
    </message>
    <message>
        <source>{name} left</source>
        <translation>{name}: увольнение</translation>
    </message>
    <message>
        <source>Reading what depends on {name}</source>
        <translation>Проверка связей: {name}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удаление «{name}»</translation>
    </message>
    <message>
        <source>In use by: {list}.</source>
        <translation>Используется: {list}.</translation>
    </message>
    <message>
        <source>Its members and sub-teams move up to its parent team, its goals pass to the parent team and its coverage is removed.</source>
        <translation>Её сотрудники и подкоманды перейдут в родительскую команду, цели — к родительской команде, закрепления зон будут сняты.</translation>
    </message>
    <message>
        <source>Their customers become unowned, members reporting to them report to their boss, and their coverage is removed. A member with sales keeps them: mark them as having left instead.</source>
        <translation>Его клиенты останутся без ответственного, подчинённые перейдут к его руководителю, закрепления зон будут сняты. Сотрудника с продажами удалить нельзя: отметьте его увольнение.</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Это можно отменить: Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Assign {item}</source>
        <translation>Закрепление зоны «{item}»</translation>
    </message>
    <message>
        <source>Unassign {name} from {item}</source>
        <translation>Открепление: {name} от «{item}»</translation>
    </message>
    <message numerus="yes">
        <source>Assign owners to %n customer(s)</source>
        <translation>
            <numerusform>Назначение ответственных %n клиенту</numerusform>
            <numerusform>Назначение ответственных %n клиентам</numerusform>
            <numerusform>Назначение ответственных %n клиентам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Edit team</source>
        <translation>Изменить команду</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Новая команда</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>(no lead)</source>
        <translation>(без руководителя)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Входит в:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Руководитель:</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Зоны ответственности</translation>
    </message>
    <message>
        <source>Open a database to see your team.</source>
        <translation>Откройте базу данных, чтобы увидеть команду.</translation>
    </message>
    <message>
        <source>Only the head of sales or the admin may change the team</source>
        <translation>Команду может менять только руководитель отдела продаж или администратор</translation>
    </message>
    <message>
        <source>There are no teams or members yet. Create a team or a member, import members, or create the demo.</source>
        <translation>Команд и сотрудников пока нет. Создайте команду или сотрудника, импортируйте сотрудников или создайте демо-базу.</translation>
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
        <source>Select a team or a member to see its figures.</source>
        <translation>Выберите команду или сотрудника, чтобы увидеть показатели.</translation>
    </message>
    <message>
        <source>Loading figures of {name}</source>
        <translation>Загрузка показателей: {name}</translation>
    </message>
    <message>
        <source>The team could not be loaded: {error}</source>
        <translation>Не удалось загрузить команду: {error}</translation>
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
    <name>TreePane</name>
    <message>
        <source>Drag members and teams onto a team to move them (or Move to team…); right-click for more.</source>
        <translation>Перетащите сотрудников и команды на команду, чтобы перенести их (или «Перенести в команду…»); другие команды — в контекстном меню.</translation>
    </message>
    <message>
        <source>Only the head of sales or the admin may change the team</source>
        <translation>Команду может менять только руководитель отдела продаж или администратор</translation>
    </message>
    <message>
        <source>Teams and members</source>
        <translation>Команды и сотрудники</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Должность</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SalesDesk user guide</source>
        <translation>Руководство пользователя SalesDesk</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>Every row of the file is read and checked. Nothing is written yet.</source>
        <translation>Каждая строка файла читается и проверяется. Пока ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import nothing while any row has a problem (fix the file first)</source>
        <translation>Ничего не загружать, пока в строках есть ошибки (сначала исправить файл)</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the others</source>
        <translation>Пропустить строки с ошибками и загрузить остальные</translation>
    </message>
    <message>
        <source>To import, leave out the rows with problems, or go back after fixing the file and check it again.</source>
        <translation>Чтобы загрузить файл, пропустите строки с ошибками или исправьте файл, вернитесь назад и проверьте его снова.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Строк с ошибками:</translation>
    </message>
    <message>
        <source>If a row has a problem:</source>
        <translation>Если в строке ошибка:</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Проверка {name}</translation>
    </message>
    <message>
        <source>Some rows cannot be imported, for these reasons:</source>
        <translation>Некоторые строки нельзя загрузить по таким причинам:</translation>
    </message>
    <message>
        <source>No problems found: every row can be imported.</source>
        <translation>Ошибок нет: можно загрузить все строки.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>Не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
        <source>Only the first {shown} problems are listed; there are {count} in all.</source>
        <translation>Показаны только первые {shown} ошибок; всего их {count}.</translation>
    </message>
    <message>
        <source>The import will add, leaving out the rows with problems:</source>
        <translation>Импорт добавит (без строк с ошибками):</translation>
    </message>
    <message>
        <source>The import will add:</source>
        <translation>Импорт добавит:</translation>
    </message>
    <message>
        <source>Deals to update:</source>
        <translation>Сделок будет обновлено:</translation>
    </message>
    <message>
        <source>Duplicates to skip:</source>
        <translation>Повторов будет пропущено:</translation>
    </message>
    <message>
        <source>Sales lines:</source>
        <translation>Строк продаж:</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Клиентов:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Товаров:</translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation>Сотрудников:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Сделок:</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Mark the deal as won</source>
        <translation>Отметить сделку выигранной</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Дата выигрыша</translation>
    </message>
    <message>
        <source>Order ref</source>
        <translation>Номер заказа</translation>
    </message>
</context>
</TS>
