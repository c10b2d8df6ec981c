"""Russian for goals: SMART checks, metric names, the goals report."""

MESSAGES = {
    # the demo's last step, which builds the aggregates (salesdesk.demo.build)
    "Summarising the sales for the dashboard": "Сводка продаж для панели показателей",
    "No owner": "Без ответственного",
    # charts
    "Expected pace": "Ожидаемый темп",
    "Actual": "Факт",
    "Forecast": "Прогноз",
    "Top": "Лучшие",
    "Bottom": "Отстающие",
    "No goals yet": "Целей пока нет",
    # statuses and verdicts
    "Not started": "Не начата",
    "Achieved": "Достигнута",
    "On track": "По плану",
    "Off track": "Отстаёт",
    "Missed": "Не достигнута",
    "pass": "да",
    "warning": "под вопросом",
    "fail": "нет",
    # the goals report
    "Goals report": "Отчёт по целям",
    "Goals by status": "Цели по статусам",
    "Goals": "Цели",
    "Goal": "Цель",
    "Of target": "От цели",
    "Check": "Проверка",
    "Why": "Почему",
    "No goals in {period}.": "Целей на период {period} нет.",
    "All goals": "Все цели",
    "SMART score {score} of 5": "Оценка SMART: {score} из 5",
    "{metric}, {start} – {end}. Target {target}; actual {actual}; expected by now"
    " {expected}; forecast at the end {forecast}. Status: {status}.": (
        "{metric}, {start} – {end}. Цель {target}; факт {actual}; ожидалось к этому дню"
        " {expected}; прогноз на конец {forecast}. Статус: {status}."
    ),
    # metric names, inside sentences
    "revenue": "выручка",
    "units sold": "продано единиц",
    "orders": "заказы",
    "new customers": "новые клиенты",
    "current customers": "текущие клиенты",
    "retention rate": "удержание",
    "churn rate": "отток",
    "conversion rate": "конверсия",
    "average order value": "средний чек",
    "gross margin": "валовая маржа",
    "a manual metric": "ручной показатель",
    "the previous period of equal length": "предыдущий период той же длины",
    "the same period last year": "тот же период прошлого года",
    "the department": "отдел",
    "the baseline period": "базовый период",
    # S
    "Give the goal a title that says what changes.": (
        "Дайте цели название, из которого видно, что меняется."
    ),
    "Choose who owns the goal: a team or a member.": (
        "Выберите ответственного за цель: команду или сотрудника."
    ),
    '"{words}" is vague: say what changes and by how much.': (
        "«{words}» — размытая формулировка: скажите, что и насколько изменится."
    ),
    "The title does not say what changes: name the {metric}.": (
        "Из названия не видно, что меняется: назовите показатель ({metric})."
    ),
    "Names what changes ({metric}); owned by {owner}.": (
        "Названо, что меняется ({metric}); ответственный — {owner}."
    ),
    # M
    "Set a target: a number to reach.": "Задайте цель — число, которого нужно достичь.",
    "Say in what unit the manual metric is measured.": (
        "Укажите, в каких единицах измеряется ручной показатель."
    ),
    "Measured by check-ins in {unit}; the target is {target}.": (
        "Измеряется отметками в единицах «{unit}»; цель — {target}."
    ),
    "Without an owner the metric has no scope to be computed over.": (
        "Без ответственного показателю не из чего считаться."
    ),
    "No baseline: the {metric} of this scope is unknown over {period}.": (
        "Нет базы: показатель «{metric}» в этом разрезе неизвестен за {period}."
    ),
    "The target equals the baseline ({baseline}): nothing would change.": (
        "Цель равна базе ({baseline}): ничего не изменится."
    ),
    "Baseline {baseline} over {period}; the target {target} is {change}.": (
        "База {baseline} за {period}; цель {target} — это {change}."
    ),
    # A
    "Set a target and the dates to judge the pace.": "Задайте цель и сроки, чтобы оценить темп.",
    "Without an owner there is no history to judge by.": (
        "Без ответственного не по чему оценивать историю."
    ),
    "Already reached: {actual} of {target}.": "Уже достигнуто: {actual} из {target}.",
    "Needs {needed} a day over {days}; this scope has no history of the last 3 years to"
    " compare with.": (
        "Нужно {needed} в день, осталось {days}; в этом разрезе нет истории за последние"
        " 3 года для сравнения."
    ),
    "Needs {needed} a day over {days}; the best {days} of the last 3 years brought"
    " {best} a day ({window}).": (
        "Нужно {needed} в день, осталось {days}; лучший отрезок в {days} за последние 3 года"
        " давал {best} в день ({window})."
    ),
    "With {now} people now against {then} then, that is {scaled} a day.": (
        "С учётом численности ({now} сейчас против {then} тогда) это {scaled} в день."
    ),
    "Needs {target}; this scope has no history of the last 3 years to compare with.": (
        "Нужно {target}; в этом разрезе нет истории за последние 3 года для сравнения."
    ),
    "Needs {target}; the best {days} of the last 3 years reached {best} ({window}).": (
        "Нужно {target}; лучший отрезок в {days} за последние 3 года дал {best} ({window})."
    ),
    "Record at least two check-ins to judge the pace of a manual metric.": (
        "Чтобы оценить темп ручного показателя, нужно хотя бы две отметки."
    ),
    "Needs {needed} a month from {last}; the check-ins moved {seen} a month.": (
        "Нужно {needed} в месяц от {last}; по отметкам показатель менялся на {seen} в месяц."
    ),
    # R
    "A manual metric has no history to compare the growth with.": (
        "У ручного показателя нет истории для сравнения роста."
    ),
    "Without a baseline the growth cannot be compared.": "Без базы рост не с чем сравнить.",
    "The baseline is zero: the growth cannot be compared.": (
        "База равна нулю: рост не с чем сравнить."
    ),
    "Needs {needed} over the baseline; no past period of this length to compare with.": (
        "Нужно {needed} к базе; прошлых периодов такой длины для сравнения нет."
    ),
    "Needs {needed} over the baseline; {best_unit} of the last 3 years grew {best} ({label}).": (
        "Нужно {needed} к базе; {best_unit} за последние 3 года дал рост {best} ({label})."
    ),
    "{reached} {of_total} did at least that.": "Не меньше выросли {reached} {of_total}.",
    "the best month": "лучший месяц",
    "the best quarter": "лучший квартал",
    "the best year": "лучший год",
    # T
    "Set the start and end dates.": "Задайте даты начала и окончания.",
    "The end ({end}) must come after the start ({start}).": (
        "Окончание ({end}) должно быть позже начала ({start})."
    ),
    "Runs {length}: give it at least a week.": "Срок {length}: дайте цели хотя бы неделю.",
    "Runs {length}: keep it within 3 years.": "Срок {length}: уложитесь в 3 года.",
    "Ended on {end}, in the past.": "Закончилась {end}, в прошлом.",
    "Runs {length}, from {start} to {end}.": "Срок {length}, с {start} по {end}.",
    # guardrails (salesdesk.goals.validation)
    "Choose what the goal measures.": "Выберите, что измеряет цель.",
    "The end must come after the start.": "Окончание должно быть позже начала.",
    "The target must be above zero: {metric} of zero or less is nothing to aim for.": (
        "Цель должна быть больше нуля: показатель «{metric}», равный нулю или меньше, — не цель."
    ),
    "A rate is a share from 0% to 100%.": "Показатель-доля лежит в пределах от 0% до 100%.",
    "Baseline {baseline} over {period}: no history to compare; the target is {target}.": (
        "База {baseline} за {period}: сравнивать не с чем; цель — {target}."
    ),
    "The baseline is zero: no history to compare.": "База равна нулю: сравнивать не с чем.",
}

PLURALS = {
    "{n} day": ("{n} день", "{n} дня", "{n} дней"),
    "of {n} month": ("из {n} месяца", "из {n} месяцев", "из {n} месяцев"),
    "of {n} quarter": ("из {n} квартала", "из {n} кварталов", "из {n} кварталов"),
    "of {n} year": ("из {n} года", "из {n} лет", "из {n} лет"),
    "of {n} period": ("из {n} периода", "из {n} периодов", "из {n} периодов"),
    "each of {n} day": ("по {n} дню", "по {n} дня", "по {n} дней"),
    "the best period of {n} day": (
        "лучший период в {n} день",
        "лучший период в {n} дня",
        "лучший период в {n} дней",
    ),
}
