"""Russian for the customers area: statuses, RFM tiers and their explanations, interaction
kinds, chart labels, export headers and the customers report."""

MESSAGES: dict[str, str] = {
    # statuses
    "Prospect": "Потенциальный",
    "Current": "Текущий",
    "At risk": "Под угрозой",
    "Lost": "Потерян",
    # RFM tiers
    "Champions": "Чемпионы",
    "Loyal": "Лояльные",
    "New": "Новые",
    "At risk (RFM)": "Под угрозой (RFM)",
    "Lost (RFM)": "Потерянные (RFM)",
    "Needs attention": "Требуют внимания",
    "Bought recently, often and for a lot (R, F and M of 4 or 5). Reward them, ask for "
    "referrals, offer new products first.": "Покупали недавно, часто и много (R, F и M — 4 или"
    " 5). Поощряйте их, просите рекомендаций, первыми предлагайте новинки.",
    "Buy often (F of 4 or 5). Keep them close: loyalty terms, upselling, regular calls.": (
        "Покупают часто (F — 4 или 5). Держите их близко: условия лояльности, допродажи,"
        " регулярные звонки."
    ),
    "Bought recently but rarely so far (R of 4 or 5, F of 1). Onboard them well so the "
    "second order follows.": "Купили недавно, но пока редко (R — 4 или 5, F — 1). Хорошо"
    " встретьте их, чтобы последовал второй заказ.",
    "Used to buy often but not lately (R of 1 or 2, F of 3 or more). Call them before "
    "they leave.": "Раньше покупали часто, но давно не покупают (R — 1 или 2, F — 3 и выше)."
    " Позвоните, пока они не ушли.",
    "Have not bought for the longest time (R of 1). Win-back offers or let them go.": (
        "Дольше всех не покупали (R — 1). Предложение о возвращении — или отпустите."
    ),
    "Everyone else: middling recency, frequency and spend. Look for a reason to call.": (
        "Все остальные: средняя давность, частота и сумма покупок. Найдите повод позвонить."
    ),
    # interactions
    "Call": "Звонок",
    "Meeting": "Встреча",
    "E-mail": "Письмо",
    "Service ticket": "Заявка в сервис",
    "Complaint": "Жалоба",
    "Other": "Другое",
    "Order": "Заказ",
    "Sales": "Продажи",
    "Service": "Сервис",
    # charts
    "Retention": "Удержание",
    "Churn": "Отток",
    "No data": "Нет данных",
    "Months after the first purchase": "Месяцев после первой покупки",
    "Acquisition cost per new customer": "Стоимость привлечения нового клиента",
    "Retention cost per kept customer": "Стоимость удержания клиента",
    # export headers
    "First sale": "Первая продажа",
    "Last sale": "Последняя продажа",
    "Days since sale": "Дней без продаж",
    "Revenue in period": "Выручка за период",
    "Lifetime revenue": "Выручка за всё время",
    "RFM tier": "RFM-группа",
    # the customers report
    "Customers report": "Отчёт по клиентам",
    "Customers by status": "Клиенты по статусам",
    "Statuses on {day}; a customer is current while their last purchase is within the "
    "retention window.": "Статусы на {day}; клиент считается текущим, пока его последняя"
    " покупка не вышла за окно удержания.",
    "Retention and churn by month": "Удержание и отток по месяцам",
    "Cohorts by first-purchase month": "Когорты по месяцу первой покупки",
    "RFM tiers": "RFM-группы",
    "Tier": "Группа",
    "What it means": "Что это значит",
    "Acquisition against retention cost": "Стоимость привлечения и удержания",
    "Quarter": "Квартал",
    "Ratio": "Соотношение",
    "Top customers at risk by revenue at stake": "Клиенты под угрозой с наибольшей выручкой",
    "Revenue at stake": "Выручка под угрозой",
    "No customer is at risk.": "Клиентов под угрозой нет.",
    "Segments": "Сегменты",
    "Segment": "Сегмент",
    "No segments yet.": "Сегментов пока нет.",
    "Share of revenue": "Доля выручки",
    "Personas": "Персоны",
    "Who they are": "Кто они",
    "No personas yet.": "Персон пока нет.",
    "Churn rate": "Отток клиентов",
    "Conversion rate": "Конверсия",
    "Customer lifetime value": "Пожизненная ценность клиента",
    # main.py customers
    "the customer list as of a date": "список клиентов на дату",
    "One row per customer with code, name, status, why at risk, RFM tier, last purchase, "
    "revenue of the last 12 months and owner, as of a date (default: today). Money is in "
    "major units with 2 decimals.": (
        "По строке на клиента: код, название, статус, причина угрозы, группа RFM, последняя"
        " покупка, выручка за 12 месяцев и ответственный — на дату (по умолчанию сегодня)."
        " Деньги — в основных единицах с 2 знаками после запятой."
    ),
    "the date, YYYY-MM-DD (default: today)": "дата, ГГГГ-ММ-ДД (по умолчанию сегодня)",
    "only the customers of this status": "только клиенты с этим статусом",
    "only the customers at risk": "только клиенты под угрозой",
    "--at-risk lists current customers; leave out --status or use current": (
        "--at-risk показывает текущих клиентов; уберите --status или укажите current"
    ),
    "Why at risk": "Почему под угрозой",
    "Revenue, 12 months": "Выручка за 12 месяцев",
    "Customers on {date}: {current} current ({at_risk} at risk), {prospect} prospects, "
    "{lost} lost; money in {currency}": (
        "Клиенты на {date}: текущих {current} (под угрозой {at_risk}), потенциальных"
        " {prospect}, потерянных {lost}; деньги в {currency}"
    ),
}

PLURALS: dict[str, tuple[str, str, str]] = {}
