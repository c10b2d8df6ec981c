"""The words of the demo's sales process in each language: pipelines, stages, titles, reasons."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PipelineWords:
    name: str
    stages: tuple[tuple[str, float, int], ...]  # name, default probability, rotting days


@dataclass(frozen=True)
class DealWords:
    new_business: PipelineWords
    repeat_sales: PipelineWords
    titles: tuple[str, ...]
    lost_reasons: tuple[str, ...]
    next_steps: tuple[str, ...]
    follow_up_notes: tuple[str, ...]
    outcomes: tuple[str, ...]


EN = DealWords(
    new_business=PipelineWords(
        "New business",
        (
            ("Qualification", 0.10, 10),
            ("Needs analysis", 0.25, 14),
            ("Proposal", 0.45, 14),
            ("Negotiation", 0.70, 21),
            ("Contract", 0.85, 10),
        ),
    ),
    repeat_sales=PipelineWords(
        "Repeat sales",
        (("Need confirmed", 0.40, 10), ("Offer sent", 0.65, 10), ("Order agreed", 0.90, 7)),
    ),
    titles=(
        "Laptops for the sales team",
        "Office furniture refit",
        "Printer fleet renewal",
        "Monitors for the new floor",
        "Annual supplies contract",
        "Conference room equipment",
        "Workstations upgrade",
        "Managed print service",
        "Network equipment",
        "Home office kits",
        "Service contract renewal",
        "Tablets for field staff",
        "Desks and chairs",
        "Projector replacement",
        "Backup storage",
    ),
    lost_reasons=(
        "Price too high",
        "Chose a competitor",
        "No budget",
        "Project postponed",
        "No decision",
        "Delivery time",
    ),
    next_steps=(
        "Send the revised offer",
        "Call the buyer",
        "Demo at their office",
        "Agree the delivery date",
        "Get the signed contract",
        "Confirm the budget",
    ),
    follow_up_notes=(
        "Discuss the offer",
        "Check the budget",
        "Confirm the quantities",
        "Follow up on the quote",
        "Meet the decision maker",
    ),
    outcomes=(
        "Interested, asked for a quote",
        "Agreed next steps",
        "Waiting for the budget",
        "Asked for a discount",
        "Left a message",
    ),
)

RU = DealWords(
    new_business=PipelineWords(
        "Новые клиенты",
        (
            ("Квалификация", 0.10, 10),
            ("Выявление потребностей", 0.25, 14),
            ("Коммерческое предложение", 0.45, 14),
            ("Переговоры", 0.70, 21),
            ("Согласование договора", 0.85, 10),
        ),
    ),
    repeat_sales=PipelineWords(
        "Повторные продажи",
        (
            ("Потребность подтверждена", 0.40, 10),
            ("Предложение отправлено", 0.65, 10),
            ("Заказ согласован", 0.90, 7),
        ),
    ),
    titles=(
        "Ноутбуки для отдела продаж",
        "Обновление офисной мебели",
        "Замена парка принтеров",
        "Мониторы для нового этажа",
        "Годовой договор на расходники",
        "Оборудование переговорной",
        "Обновление рабочих станций",
        "Сервис печати",
        "Сетевое оборудование",
        "Комплекты для удалённой работы",
        "Продление сервисного договора",
        "Планшеты для выездных сотрудников",
        "Столы и кресла",
        "Замена проекторов",
        "Система резервного хранения",
    ),
    lost_reasons=(
        "Высокая цена",
        "Выбрали конкурента",
        "Нет бюджета",
        "Проект отложен",
        "Не приняли решение",
        "Сроки поставки",
    ),
    next_steps=(
        "Отправить новое КП",
        "Позвонить закупщику",
        "Демонстрация в офисе клиента",
        "Согласовать дату поставки",
        "Получить подписанный договор",
        "Уточнить бюджет",
    ),
    follow_up_notes=(
        "Обсудить предложение",
        "Уточнить бюджет",
        "Подтвердить количество",
        "Напомнить о КП",
        "Встреча с ЛПР",
    ),
    outcomes=(
        "Интересно, просили КП",
        "Договорились о следующем шаге",
        "Ждут бюджет",
        "Просили скидку",
        "Оставили сообщение",
    ),
)


def deal_words(language: str) -> DealWords:
    return RU if language == "ru" else EN
