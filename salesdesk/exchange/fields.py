"""The fields each kind of file can fill, and the column headers that name them (SPEC §8).

A header matches a field by the field's name, its English label or a synonym, in English or
Russian, ignoring case, "ё", punctuation and spacing ("Order_Ref", "order ref" and "Номер
заказа" all name ``order_ref``). The guess is only a proposal: the wizard shows it for editing
and ``--map COLUMN=FIELD`` overrides it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from salesdesk.errors import SalesDeskError, UsageError
from salesdesk.i18n import tr

_NOT_A_WORD = re.compile(r"[\s_.:;,\"'()\[\]№#/-]+")


def normalise_header(text: str) -> str:
    """The comparable form of a header: "Кол-во" and "кол во", "Order_Ref" and "order ref"."""
    text = text.replace("\ufeff", "").casefold().replace("ё", "е")
    return _NOT_A_WORD.sub(" ", text).strip()


class ImportKind(StrEnum):
    SALES = "sales"
    CUSTOMERS = "customers"
    PRODUCTS = "products"
    MEMBERS = "members"
    DEALS = "deals"


class ValueType(StrEnum):
    TEXT = "text"
    MONEY = "money"  # major units in the file, minor units in the database
    QUANTITY = "quantity"
    INTEGER = "integer"
    DATE = "date"
    BOOL = "bool"


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # English; the Russian is in salesdesk.locale_ru.exchange
    type: ValueType = ValueType.TEXT
    synonyms: tuple[str, ...] = ()
    choices: Mapping[str, str] | None = None  # the words accepted -> the value stored

    def header_names(self) -> tuple[str, ...]:
        """Every header that names the field, the Russian label (an export's header) too."""
        from salesdesk.locale_ru import MESSAGES

        return (self.name, self.label, MESSAGES.get(self.label, self.label), *self.synonyms)


def _words(**values: tuple[str, ...]) -> dict[str, str]:
    """Accepted words (normalised like headers) -> stored value; each value accepts itself."""
    return {
        normalise_header(word): value for value, words in values.items() for word in (value, *words)
    }


ROLE_WORDS = _words(
    head=("head of sales", "sales director", "director", "руководитель отдела продаж",
          "директор по продажам", "руководитель", "директор"),
    manager=("sales manager", "менеджер", "менеджер по продажам", "руководитель группы"),
    supervisor=("sales supervisor", "супервайзер", "супервизор"),
    representative=("sales representative", "rep", "sales rep", "agent",
                    "торговый представитель", "представитель", "агент"),
)  # fmt: skip
CUSTOMER_KIND_WORDS = _words(
    company=("organisation", "organization", "legal entity", "business", "b2b", "компания",
             "организация", "юрлицо", "юр лицо", "юридическое лицо"),
    person=("individual", "private person", "consumer", "b2c", "физлицо", "физ лицо",
            "физическое лицо", "частное лицо"),
)  # fmt: skip
STATUS_WORDS = _words(
    prospect=("lead", "потенциальный", "лид"),
    current=("active", "текущий", "активный"),
    lost=("churned", "потерян", "потерянный", "ушел"),
)  # fmt: skip

DEAL_STATUS_WORDS = _words(
    open=("opened", "in progress", "active", "открыта", "открытая", "открыт", "в работе",
          "активная", "активна"),
    won=("closed won", "win", "success", "successful", "successfully realized", "deal won",
         "выиграна", "выиграно", "выигранная", "успешно", "успешно реализовано",
         "сделка успешна", "успешная", "закрыта успешно"),
    lost=("closed lost", "lose", "failed", "closed and not realized", "deal lost", "deal failed",
          "проиграна", "проиграно", "проигранная", "закрыто и не реализовано",
          "сделка провалена", "провалена", "отказ", "неуспешная"),
)  # fmt: skip


_TEXT, _MONEY, _DATE = ValueType.TEXT, ValueType.MONEY, ValueType.DATE

SALES_FIELDS = (
    Field("order_ref", "Order ref", _TEXT, ("order", "order number", "order no", "order id",
          "invoice", "invoice number", "заказ", "номер заказа", "№ заказа", "документ",
          "номер документа", "счет", "номер счета")),
    Field("line_ref", "Line ref", _TEXT, ("line", "line id", "line number", "line no",
          "строка", "номер строки", "id строки", "код строки")),
    Field("date", "Date", _DATE, ("order date", "sale date", "invoice date", "дата",
          "дата продажи", "дата заказа", "дата документа", "дата отгрузки")),
    Field("customer_code", "Customer code", _TEXT, ("customer id", "client code",
          "client id", "account id", "account code", "код клиента", "код покупателя",
          "id клиента", "код контрагента")),
    Field("customer_name", "Customer", _TEXT, ("customer name", "client", "client name",
          "account", "account name", "company", "клиент", "покупатель", "контрагент",
          "наименование клиента", "название клиента", "имя клиента")),
    Field("account_type", "Account type", _TEXT, ("customer type", "client type",
          "тип клиента", "тип контрагента", "тип покупателя")),
    Field("territory", "Territory", _TEXT, ("region", "city", "area", "location",
          "территория", "регион", "город")),
    Field("product_code", "Product code", _TEXT, ("sku", "item code", "article", "product id",
          "артикул", "код товара", "код продукта", "код номенклатуры")),
    Field("product_name", "Product", _TEXT, ("product name", "item", "item name", "товар",
          "продукт", "номенклатура", "наименование товара", "название товара")),
    Field("category", "Category", _TEXT, ("product category", "product group", "group",
          "категория", "группа", "группа товаров", "категория товара")),
    Field("quantity", "Quantity", ValueType.QUANTITY, ("qty", "units", "количество",
          "кол-во", "кол во", "шт")),
    Field("unit_price", "Unit price", _MONEY, ("price", "цена", "цена за единицу")),
    Field("discount", "Discount", _MONEY, ("скидка", "сумма скидки")),
    Field("amount", "Amount", _MONEY, ("net amount", "total", "line total", "revenue", "sum",
          "sales", "сумма", "выручка", "сумма продажи", "итого", "стоимость")),
    Field("cost", "Cost", _MONEY, ("cogs", "total cost", "себестоимость")),
    Field("unit_cost", "Unit cost", _MONEY, ("cost per unit", "unit cogs",
          "себестоимость единицы", "себестоимость за единицу")),
    Field("profit", "Profit", _MONEY, ("gross profit", "margin", "прибыль",
          "валовая прибыль", "маржа")),
    Field("channel", "Channel", _TEXT, ("sales channel", "канал", "канал продаж")),
    Field("member", "Member", _TEXT, ("sales rep", "salesperson", "rep", "manager", "seller",
          "owner", "менеджер", "продавец", "ответственный", "сотрудник")),
)  # fmt: skip

CUSTOMER_FIELDS = (
    Field("code", "Code", _TEXT, ("customer code", "customer id", "client code", "id",
          "код", "код клиента", "id клиента")),
    Field("name", "Name", _TEXT, ("customer", "customer name", "client", "company",
          "наименование", "название", "клиент", "имя")),
    Field("kind", "Customer kind", _TEXT, ("kind", "вид", "юр/физ лицо"),
          CUSTOMER_KIND_WORDS),
    Field("account_type", "Account type", _TEXT, ("customer type", "type", "тип клиента",
          "тип")),
    Field("territory", "Territory", _TEXT, ("region", "city", "территория", "регион",
          "город")),
    Field("owner", "Owner", _TEXT, ("account manager", "manager", "sales rep", "владелец",
          "менеджер", "ответственный")),
    Field("persona", "Persona", _TEXT, ("персона", "портрет клиента")),
    Field("acquisition_channel", "Acquisition channel", _TEXT, ("channel", "source",
          "канал привлечения", "канал", "источник")),
    Field("created_on", "Created on", _DATE, ("created", "created at", "since",
          "дата создания", "создан", "клиент с")),
    Field("contact_name", "Contact", _TEXT, ("contact name", "contact person", "контакт",
          "контактное лицо")),
    Field("email", "Email", _TEXT, ("e-mail", "mail", "почта", "электронная почта")),
    Field("phone", "Phone", _TEXT, ("telephone", "phone number", "телефон")),
    Field("status", "Status", _TEXT, ("status override", "статус"), STATUS_WORDS),
    Field("lost_reason", "Lost reason", _TEXT, ("reason lost", "причина потери",
          "причина ухода")),
    Field("notes", "Notes", _TEXT, ("note", "comment", "comments", "заметки", "примечание",
          "комментарий")),
)  # fmt: skip

PRODUCT_FIELDS = (
    Field("code", "Code", _TEXT, ("product code", "sku", "article", "id", "код", "артикул",
          "код товара")),
    Field("name", "Name", _TEXT, ("product", "product name", "наименование", "название",
          "товар", "номенклатура")),
    Field("category", "Category", _TEXT, ("group", "product group", "категория", "группа")),
    Field("unit_cost", "Unit cost", _MONEY, ("cost", "variable cost", "себестоимость",
          "себестоимость единицы", "затраты")),
    Field("list_price", "List price", _MONEY, ("price", "цена", "прайс", "цена по прайсу")),
    Field("active", "Active", ValueType.BOOL, ("enabled", "активен", "активный", "действует")),
)  # fmt: skip

MEMBER_FIELDS = (
    Field("name", "Full name", _TEXT, ("name", "member", "employee", "имя", "фио",
          "сотрудник")),
    Field("role", "Role", _TEXT, ("position", "title", "роль", "должность"), ROLE_WORDS),
    Field("team", "Team", _TEXT, ("команда", "отдел", "группа")),
    Field("reports_to", "Reports to", _TEXT, ("manager", "supervisor", "руководитель",
          "подчиняется", "начальник")),
    Field("email", "Email", _TEXT, ("e-mail", "mail", "почта", "электронная почта")),
    Field("phone", "Phone", _TEXT, ("telephone", "телефон")),
    Field("hired_on", "Hired on", _DATE, ("hired", "start date", "дата приема",
          "дата найма", "принят")),
    Field("left_on", "Left on", _DATE, ("left", "end date", "дата увольнения", "уволен")),
    Field("capacity", "Capacity", ValueType.INTEGER, ("max accounts", "max active accounts",
          "емкость", "макс клиентов", "лимит клиентов")),
)  # fmt: skip

# Headers of the deal exports of Pipedrive ("Deal - Title", "Сделка - Название"), HubSpot
# ("Deal Name", "Deal Stage", "Close Date"), Bitrix24 ("Название сделки", "Стадия сделки",
# "Сумма") and amoCRM ("Название сделки", "Бюджет", "Этап сделки"), in English and Russian.
DEAL_FIELDS = (
    Field("deal_ref", "Deal ref", _TEXT, ("deal id", "deal number", "deal - id", "record id",
          "id", "id сделки", "номер сделки", "сделка - id", "идентификатор")),
    Field("title", "Title", _TEXT, ("deal", "deal name", "deal title", "deal - title", "name",
          "lead name", "lead title", "название", "название сделки", "сделка",
          "сделка - название", "наименование")),
    Field("customer_code", "Customer code", _TEXT, ("customer id", "company id",
          "organization id", "account id", "код клиента", "код компании", "id компании")),
    Field("customer_name", "Customer", _TEXT, ("customer name", "company", "company name",
          "organization", "organisation", "deal - organization", "organization name",
          "associated company", "associated company (primary)", "account", "account name",
          "клиент", "компания", "название компании", "организация", "сделка - организация",
          "контрагент")),
    Field("owner", "Owner", _TEXT, ("deal owner", "deal - owner", "responsible",
          "responsible person", "responsible user", "assigned to", "sales rep", "manager",
          "ответственный", "ответственный за сделку", "сделка - ответственный", "менеджер",
          "владелец")),
    Field("amount", "Amount", _MONEY, ("value", "deal value", "deal - value", "deal amount",
          "budget", "sale", "income", "сумма", "бюджет", "сумма сделки", "стоимость",
          "сделка - стоимость", "доход")),
    Field("pipeline", "Pipeline", _TEXT, ("deal - pipeline", "pipeline name", "funnel",
          "sales funnel", "воронка", "направление", "воронка продаж", "сделка - воронка")),
    Field("stage", "Stage", _TEXT, ("deal stage", "deal - stage", "stage name", "pipeline stage",
          "lead status", "этап", "этап сделки", "стадия", "стадия сделки", "сделка - этап")),
    Field("status", "Status", _TEXT, ("deal status", "deal - status", "state", "статус",
          "статус сделки", "состояние", "сделка - статус"), DEAL_STATUS_WORDS),
    Field("created_on", "Created on", _DATE, ("created", "create date", "created at",
          "date created", "creation date", "deal created", "deal - deal created",
          "deal - creation date", "дата создания", "создана", "сделка - сделка создана",
          "сделка - дата создания")),
    Field("expected_close", "Expected close", _DATE, ("expected close date",
          "deal - expected close date", "close date", "closing date", "estimated close date",
          "expected closing date", "предполагаемая дата закрытия",
          "планируемая дата закрытия", "ожидаемая дата закрытия",
          "сделка - ожидаемая дата закрытия")),
    Field("closed_on", "Closed on", _DATE, ("closed", "closed date", "date closed",
          "deal - closed on", "close time", "deal - close time", "won time", "deal - won time",
          "дата закрытия", "закрыта", "сделка - дата закрытия", "сделка - время выигрыша")),
    Field("lost_on", "Lost on", _DATE, ("lost time", "deal - lost time", "lost date",
          "дата проигрыша", "сделка - время проигрыша")),
    Field("lost_reason", "Lost reason", _TEXT, ("deal - lost reason", "closed lost reason",
          "loss reason", "reason lost", "причина проигрыша", "причина отказа", "причина",
          "сделка - причина проигрыша", "причина провала")),
    Field("channel", "Channel", _TEXT, ("source", "lead source", "deal source", "deal - source",
          "канал", "источник", "источник сделки")),
    Field("stage_history", "Stage history", _TEXT, ("stages", "history", "история этапов",
          "история стадий")),
    # When the deal entered the stage it is in: Pipedrive's "Last stage change", Bitrix24's
    # "Дата изменения стадии", HubSpot's "Date entered current stage".
    Field("stage_entered_on", "Entered its stage on", _DATE, ("last stage change",
          "deal - last stage change", "stage change time", "deal - stage change time",
          "stage changed", "stage change date", "date entered current stage", "moved time",
          "дата изменения стадии", "дата изменения этапа", "дата перехода на этап",
          "последнее изменение этапа", "сделка - последнее изменение этапа")),
)  # fmt: skip

# HubSpot exports one column per stage of each pipeline: 'Date entered "Proposal (Sales
# Pipeline)"' (or in single quotes). Each maps to a field of its own, "entered:<stage
# (pipeline)>", that the deals importer reads as the stage history.
STAGE_ENTERED = "entered:"
_STAGE_ENTERED_HEADER = re.compile(
    r"""^\s*date\s+entered\s*["'“”«](.+)["'“”»]\s*$""", re.IGNORECASE
)

FIELDS: dict[ImportKind, tuple[Field, ...]] = {
    ImportKind.SALES: SALES_FIELDS,
    ImportKind.CUSTOMERS: CUSTOMER_FIELDS,
    ImportKind.PRODUCTS: PRODUCT_FIELDS,
    ImportKind.MEMBERS: MEMBER_FIELDS,
    ImportKind.DEALS: DEAL_FIELDS,
}

# Each inner tuple: at least one of these fields must be mapped.
_REQUIRED: dict[ImportKind, tuple[tuple[str, ...], ...]] = {
    ImportKind.SALES: (("date",), ("customer_code", "customer_name"), ("amount", "unit_price")),
    ImportKind.CUSTOMERS: (("code", "name"),),
    ImportKind.PRODUCTS: (("code", "name"),),
    ImportKind.MEMBERS: (("name", "email"),),
    ImportKind.DEALS: (("deal_ref", "title"),),
}


class MappingError(SalesDeskError):
    """The mapping leaves out a required field or names a field twice."""


def fields_of(kind: ImportKind | str) -> tuple[Field, ...]:
    return FIELDS[ImportKind(kind)]


def field_named(kind: ImportKind | str, name: str) -> Field:
    for candidate in fields_of(kind):
        if candidate.name == name:
            return candidate
    if ImportKind(kind) is ImportKind.DEALS and name.startswith(STAGE_ENTERED):
        stage = name.removeprefix(STAGE_ENTERED)
        return Field(name, tr("Date entered {stage}", stage=stage), _DATE)
    raise KeyError(name)


def stage_entered_field(header: str) -> str | None:
    """The field of a HubSpot 'Date entered "<stage> (<pipeline>)"' column, else None."""
    found = _STAGE_ENTERED_HEADER.match(header)
    return STAGE_ENTERED + " ".join(found[1].split()) if found else None


def fields_for(kind: ImportKind | str, headers: Iterable[str]) -> tuple[Field, ...]:
    """The kind's fields, and those that only some files have columns for (a deals file's
    'Date entered' columns)."""
    named = [
        field_named(kind, name)
        for header in headers
        if ImportKind(kind) is ImportKind.DEALS and (name := stage_entered_field(header))
    ]
    return (*fields_of(kind), *named)


def is_field(kind: ImportKind | str, name: str) -> bool:
    try:
        field_named(kind, name)
    except KeyError:
        return False
    return True


def guess_mapping(kind: ImportKind | str, headers: Iterable[str]) -> dict[str, str]:
    """Column header -> field name for every header that names a field (first column wins)."""
    names = {
        normalise_header(name): field.name
        for field in reversed(fields_of(kind))  # earlier fields win a shared synonym
        for name in reversed(field.header_names())
    }
    mapping: dict[str, str] = {}
    for header in headers:
        field_name = names.get(normalise_header(header))
        if field_name is None and ImportKind(kind) is ImportKind.DEALS:
            field_name = stage_entered_field(header)
        if field_name is not None and field_name not in mapping.values():
            mapping[header] = field_name
    return mapping


def apply_overrides(
    kind: ImportKind | str,
    headers: Sequence[str],
    mapping: Mapping[str, str],
    overrides: Iterable[str],
) -> dict[str, str]:
    """``mapping`` changed by ``COLUMN=FIELD`` texts (``COLUMN=`` drops a column).

    A field given to a column is taken away from any other column, so an override never
    leaves a field mapped twice.
    """
    result = dict(mapping)
    known_fields = {field.name for field in fields_of(kind)}
    for override in overrides:
        column, separator, field_name = override.partition("=")
        column, field_name = column.strip(), field_name.strip()
        if not separator or not column:
            raise UsageError(tr("--map takes COLUMN=FIELD, not {text!r}", text=override))
        column = _find_header(headers, column)
        if field_name and not is_field(kind, field_name):
            raise UsageError(
                tr(
                    "{field!r} is not a field of {kind}; fields: {fields}",
                    field=field_name,
                    kind=kind,
                    fields=", ".join(sorted(known_fields)),
                )
            )
        result = {c: f for c, f in result.items() if c != column and f != field_name}
        if field_name:
            result[column] = field_name
    return result


def _find_header(headers: Sequence[str], wanted: str) -> str:
    if wanted in headers:
        return wanted
    matches = [h for h in headers if normalise_header(h) == normalise_header(wanted)]
    if len(matches) == 1:
        return matches[0]
    raise UsageError(
        tr("the file has no column {column!r}; columns: {columns}", column=wanted,
           columns=", ".join(headers))
    )  # fmt: skip


def mapping_problems(kind: ImportKind | str, mapping: Mapping[str, str]) -> list[str]:
    """What keeps ``mapping`` from being used, as sentences (empty when it is usable)."""
    problems = []
    mapped = list(mapping.values())
    for field_name in sorted({f for f in mapped if mapped.count(f) > 1}):
        label = tr(field_named(kind, field_name).label)
        problems.append(tr("{field} is mapped to more than one column", field=label))
    for alternatives in _REQUIRED[ImportKind(kind)]:
        if not set(alternatives) & set(mapped):
            labels = [tr(field_named(kind, name).label) for name in alternatives]
            problems.append(tr("no column is mapped to {fields}", fields=tr(" or ").join(labels)))
    return problems


def required_fields(kind: ImportKind | str) -> tuple[tuple[str, ...], ...]:
    """Groups of fields of which each row needs at least one (and the mapping one column)."""
    return _REQUIRED[ImportKind(kind)]


def check_mapping(kind: ImportKind | str, mapping: Mapping[str, str]) -> None:
    if problems := mapping_problems(kind, mapping):
        sentence = "; ".join(problems)
        raise MappingError(sentence[:1].upper() + sentence[1:] + ".")
