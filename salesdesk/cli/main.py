"""The command line (SPEC §7): ``main.py COMMAND ...`` and the packaged executable.

No command opens the GUI. Errors print one line on stderr and exit 1 (2 for wrong usage);
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from salesdesk import __version__, i18n
from salesdesk.errors import UsageError, explain, unexpected
from salesdesk.i18n import tr

# Each module defines ``register(subparsers)``, adding its commands with a ``handler``.
COMMAND_MODULES = (
    "salesdesk.cli.database",
    "salesdesk.cli.demo",
    "salesdesk.cli.kpi",
    "salesdesk.cli.customers",
    "salesdesk.cli.pipeline",
    "salesdesk.cli.report",
    "salesdesk.cli.exchange",
    "salesdesk.cli.server",
)
COMMAND_NAMES = (
    "new", "demo", "import", "export", "kpi", "customers", "pipeline", "report", "check",
    "backup", "server",
)  # fmt: skip
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} ({tr('see --help')})\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="salesdesk", description=tr("SalesDesk from the command line."))
    parser.add_argument("--version", action="version", version=f"SalesDesk {__version__}")
    parser.add_argument("--debug", action="store_true", help=tr("show tracebacks"))
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=tr("language of messages and reports")
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # a command family not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_from(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except UsageError as error:
        print(f"salesdesk {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(tr("Interrupted; nothing was changed."), file=sys.stderr)
        return 130
    except Exception as error:
        if args.debug:
            raise
        explained = explain(error)
        message = str(explained) if explained is not None else unexpected(error)
        print(f"salesdesk {args.command}: {message}", file=sys.stderr)
        return EXIT_ERROR


def _language_from(argv: list[str]) -> str:
    """The --lang value, read before parsing so that help and usage errors are translated."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in i18n.LANGUAGES:
            return arg[7:]
    return i18n.system_language()


if __name__ == "__main__":
    sys.exit(main())
