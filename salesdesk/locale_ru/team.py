"""Russian for the team area: reshaping the organisation, coverage and assignment."""

MESSAGES = {
    "A team cannot be placed inside itself.": "Команду нельзя поместить внутрь неё самой.",
    "{team} cannot move under {parent}: {parent} is part of {team}.": "Команду «{team}» нельзя перенести в «{parent}»: «{parent}» входит в «{team}».",
    "A member cannot report to themselves.": "Сотрудник не может подчиняться сам себе.",
    "{name} cannot report to {boss}: the reporting line would go round in a circle ({chain}).": "{name} не может подчиняться сотруднику {boss}: линия подчинения замкнулась бы в круг "
    "({chain}).",
    "A name is required.": "Нужно указать имя.",
    "This assignment exists already.": "Такое закрепление уже есть.",
}

PLURALS = {
    "{name} has {n} sale or interaction in the history; mark them as having left instead of "
    "deleting them.": (
        "У сотрудника {name} в истории {n} продажа или контакт; отметьте его уволившимся "
        "вместо удаления.",
        "У сотрудника {name} в истории {n} продажи и контакта; отметьте его уволившимся "
        "вместо удаления.",
        "У сотрудника {name} в истории {n} продаж и контактов; отметьте его уволившимся "
        "вместо удаления.",
    ),
    "{n} sub-team": ("{n} подкоманда", "{n} подкоманды", "{n} подкоманд"),
    "{n} member": ("{n} сотрудник", "{n} сотрудника", "{n} сотрудников"),
    "{n} coverage assignment": (
        "{n} закрепление зоны",
        "{n} закрепления зон",
        "{n} закреплений зон",
    ),
    "{n} goal": ("{n} цель", "{n} цели", "{n} целей"),
    "{n} customer they own": (
        "{n} клиент за ним закреплён",
        "{n} клиента за ним закреплены",
        "{n} клиентов за ним закреплены",
    ),
    "{n} member reporting to them": (
        "{n} сотрудник в подчинении",
        "{n} сотрудника в подчинении",
        "{n} сотрудников в подчинении",
    ),
    "{n} team they lead": (
        "{n} команда под его руководством",
        "{n} команды под его руководством",
        "{n} команд под его руководством",
    ),
    "{n} sale credited to them": (
        "{n} продажа на его счету",
        "{n} продажи на его счету",
        "{n} продаж на его счету",
    ),
    "{n} interaction": ("{n} контакт", "{n} контакта", "{n} контактов"),
    "{n} other record": ("{n} другая запись", "{n} другие записи", "{n} других записей"),
}
