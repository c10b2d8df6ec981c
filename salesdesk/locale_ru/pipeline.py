"""Russian for the sales process: pipelines, deals, follow-ups, the pipeline report and command."""

MESSAGES = {
    # stages of the default pipeline
    "Sales": "Продажи",
    "Qualification": "Квалификация",
    "Needs analysis": "Выявление потребностей",
    "Proposal": "Коммерческое предложение",
    "Negotiation": "Переговоры",
    "Contract": "Согласование договора",
    # goals
    "deals won": "выигранные сделки",
    "win rate": "доля выигранных сделок",
    "pipeline created": "новые сделки в воронке",
    "The open pipeline covers {share} of the gap.": "Открытые сделки покрывают {share} разрыва.",
    # the pipeline command
    "open, weighted, won and lost deals per stage, member, team or month": "открытые, взвешенные, выигранные и проигранные сделки по этапам, сотрудникам, командам или месяцам",
    "Open deals (count, amount and the amount weighted by the chance to win) at the end of the period, and the deals won and lost in it with the win rate and the median days from created to won. Money is in major units with 2 decimals. Without --from and --to the period runs from the first deal created to today.": "Открытые сделки (число, сумма и сумма, взвешенная вероятностью выигрыша) на конец периода, выигранные и проигранные за период сделки, доля выигранных и медиана дней от создания до выигрыша. Деньги — в основных единицах с 2 знаками. Без --from и --to период идёт от первой созданной сделки до сегодня.",
    "Open deals": "Открытые сделки",
    "Open amount": "Сумма открытых",
    "Weighted": "Взвешенная сумма",
    "Deals won": "Выиграно сделок",
    "Won amount": "Сумма выигранных",
    "Deals lost": "Проиграно сделок",
    "Win rate": "Доля выигранных",
    "Cycle, days": "Цикл, дней",
    # edits
    "Say why the deal was lost.": "Укажите, почему сделка проиграна.",
    "{title} is closed already; reopen it first.": "Сделка «{title}» уже закрыта; сначала откройте её снова.",
    "A deal with the reference {ref} exists already.": "Сделка с номером {ref} уже есть.",
    "A deal needs a title.": "Нужно указать название сделки.",
    "The amount cannot be negative.": "Сумма не может быть отрицательной.",
    "A follow-up is about a customer or a deal.": "Задача должна относиться к клиенту или сделке.",
    "A follow-up needs a due date.": "Нужно указать срок задачи.",
}

PLURALS: dict[str, tuple[str, str, str]] = {}
