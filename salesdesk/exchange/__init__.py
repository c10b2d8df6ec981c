"""Import and export of sales, customers, products, members (and export of goals): SPEC §7, §8.

The wizard and the command line go through the same steps:

1. :func:`read_preview` — detected format, encoding and delimiter, headers, first rows;
2. :func:`guess_mapping` — file column header -> field name, a plain dict to edit;
3. :func:`validate_file` — every bad cell as a :class:`Problem` (line, column, reason);
4. :func:`import_file` — one transaction, progress and cancel, an :class:`ImportSummary`;
5. :func:`save_mapping` / :func:`saved_mappings` — mappings kept in the database for reuse.

:func:`export_table` writes CSV or XLSX by the file's extension.
"""

from salesdesk.exchange.converting import Problem
from salesdesk.exchange.exporting import (
    ExportCancelledError,
    ExportError,
    ExportKind,
    export_table,
    neutralise,
)
from salesdesk.exchange.fields import (
    Field,
    ImportKind,
    MappingError,
    apply_overrides,
    check_mapping,
    fields_of,
    guess_mapping,
    mapping_problems,
)
from salesdesk.exchange.importing import (
    MAX_PROBLEMS,
    ImportCancelledError,
    ImportOptions,
    ImportSummary,
    OnError,
    import_file,
    summary_notes,
    validate_file,
)
from salesdesk.exchange.mappings import (
    SavedMapping,
    delete_mapping,
    save_mapping,
    saved_mappings,
)
from salesdesk.exchange.parsing import AmbiguousDatesError
from salesdesk.exchange.reading import (
    FileFormat,
    ImportFileError,
    Preview,
    SourceInfo,
    read_preview,
)

__all__ = [
    "MAX_PROBLEMS",
    "AmbiguousDatesError",
    "ExportCancelledError",
    "ExportError",
    "ExportKind",
    "Field",
    "FileFormat",
    "ImportCancelledError",
    "ImportFileError",
    "ImportKind",
    "ImportOptions",
    "ImportSummary",
    "MappingError",
    "OnError",
    "Preview",
    "Problem",
    "SavedMapping",
    "SourceInfo",
    "apply_overrides",
    "check_mapping",
    "delete_mapping",
    "export_table",
    "fields_of",
    "guess_mapping",
    "import_file",
    "mapping_problems",
    "neutralise",
    "read_preview",
    "save_mapping",
    "saved_mappings",
    "summary_notes",
    "validate_file",
]
