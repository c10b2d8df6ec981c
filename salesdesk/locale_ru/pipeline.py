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
