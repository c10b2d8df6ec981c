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

# the coverage section of the team report
MESSAGES |= {
    "Coverage by territory": "Зоны ответственности по территориям",
    "Coverage by product category": "Зоны ответственности по категориям товаров",
    "Coverage by account type": "Зоны ответственности по типам клиентов",
    "Gaps and overlaps": "Пробелы и пересечения",
    "Overloaded members": "Перегруженные сотрудники",
    "Everything with customers or sales is covered by exactly one member or team, and nobody "
    "holds more accounts than their capacity.": "За каждой зоной с клиентами или продажами закреплён ровно один сотрудник или одна "
    "команда, и никто не ведёт больше клиентов, чем позволяет его лимит.",
    "{money} in {period}": "{money} в периоде «{period}»",
    "Item": "Зона",
    "Issue": "Проблема",
    "Covered by": "Ответственные",
    "Customers": "Клиенты",
    "Revenue": "Выручка",
    "Gap": "Пробел",
    "Overlap": "Пересечение",
    "Member": "Сотрудник",
    "Current accounts": "Текущие клиенты",
    "Capacity": "Лимит",
    "Over by": "Сверх лимита",
    "For the whole company, in the organisation mode of the settings. A gap has customers or "
    "sales in {period} but no active member or team covering it; an overlap has more than "
    "one. An assignment covers the item's sub-items too, unless they have their own. "
    "Customers: all customers of the item (in product mode, those who bought in the period); "
    "revenue in {period}. Overloaded: current accounts today above the member's capacity.": "По всей компании, в режиме организации из настроек. Пробел — зона с клиентами или "
    "продажами в периоде «{period}», за которой не закреплён ни один работающий сотрудник или "
    "команда; пересечение — зона, за которой закреплено больше одного. Закрепление "
    "действует и на вложенные зоны, если у них нет своего. Клиенты — все клиенты зоны "
    "(в режиме по товарам — купившие за период); выручка — за период «{period}». Перегрузка — "
    "текущих клиентов на сегодня больше лимита сотрудника.",
}

PLURALS |= {
    "{n} gap": ("{n} пробел", "{n} пробела", "{n} пробелов"),
    "{n} overlap": ("{n} пересечение", "{n} пересечения", "{n} пересечений"),
    "{n} overloaded member": (
        "{n} перегруженный сотрудник",
        "{n} перегруженных сотрудника",
        "{n} перегруженных сотрудников",
    ),
    "{n} account over capacity": (
        "{n} клиент сверх лимита",
        "{n} клиента сверх лимита",
        "{n} клиентов сверх лимита",
    ),
    "{n} customer": ("{n} клиент", "{n} клиента", "{n} клиентов"),
}
