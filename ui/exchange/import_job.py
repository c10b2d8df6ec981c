"""The state the import wizard's pages share, and the names of the kinds of file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salesdesk.exchange.fields import ImportKind
from salesdesk.exchange.importing import OnError

if TYPE_CHECKING:
    from salesdesk.exchange import ImportSummary, Preview, SavedMapping
    from salesdesk.store.db import Database


@dataclass
class ImportJob:
    """What the pages have settled so far."""

    database: Database
    path: Path | None = None
    kind: ImportKind = ImportKind.SALES
    preview: Preview | None = None
    saved_mappings: dict[ImportKind, list[SavedMapping]] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    on_error: OnError = OnError.STOP
    validation: ImportSummary | None = None
    summary: ImportSummary | None = None
    committed: bool = False  # an import was committed: the window must reload its figures


def kind_label(kind: ImportKind) -> str:
    """What a file of ``kind`` holds, as the file page's choices name it."""
    texts = {
        ImportKind.SALES: QCoreApplication.translate("ImportWizard", "Sales (order lines)"),
        ImportKind.CUSTOMERS: QCoreApplication.translate("ImportWizard", "Customers"),
        ImportKind.PRODUCTS: QCoreApplication.translate("ImportWizard", "Products"),
        ImportKind.MEMBERS: QCoreApplication.translate("ImportWizard", "Team members"),
        ImportKind.DEALS: QCoreApplication.translate("ImportWizard", "Deals"),
    }
    return texts[kind]
