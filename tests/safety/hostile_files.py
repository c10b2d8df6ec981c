"""Building hostile import files and importing them the way the command line does."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from salesdesk.exchange import (
    ImportOptions,
    ImportSummary,
    guess_mapping,
    import_file,
    read_preview,
)
from salesdesk.store.db import open_database

SALES_HEADER = ["line_ref", "date", "customer_code", "customer_name", "quantity", "amount"]


def fresh_database(template: Path, folder: Path) -> Path:
    """A copy of an empty database made once per test module (creating one runs Alembic)."""
    path = folder / "target.sqlite"
    shutil.copyfile(template, path)
    return path


def import_into(path: Path, source: Path, kind: str = "sales", **options: Any) -> ImportSummary:
    headers = read_preview(source).headers
    with open_database(path) as database:
        return import_file(
            database, source, kind, guess_mapping(kind, headers), options=ImportOptions(**options)
        )


def xlsx_bytes(rows: Sequence[Sequence[Any]]) -> bytes:
    """An XLSX of ``rows``; text starting with '=' stays text (openpyxl would make a formula)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row_number, row in enumerate(rows, start=1):
        for column_number, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column_number, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rewrite_member(xlsx: bytes, member: str, transform: Any) -> bytes:
    """The XLSX with one part's XML changed by ``transform(text) -> text``."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == member:
                data = transform(data.decode("utf-8")).encode("utf-8")
            target.writestr(item.filename, data)
    return buffer.getvalue()
