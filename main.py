"""SalesDesk: ``python main.py`` opens the app; ``python main.py COMMAND`` runs a command."""

from __future__ import annotations

import sys

# Options of the GUI and of the command line that take a value.
_OPTIONS_WITH_VALUE = {"--db", "--lang"}


def main(argv: list[str]) -> int:
    if "--self-test" in argv:
        from ui.selftest import run_self_test

        return run_self_test()
    if _wants_command_line(argv):
        from salesdesk.cli.main import main as cli_main

        return cli_main(argv)
    from ui.app import run_app

    return run_app([sys.argv[0], *argv])  # Qt and argparse expect the program first


def _wants_command_line(argv: list[str]) -> bool:
    """Any word that is not an option or an option's value (a command, or a typo the command
    line will explain), --version or --help means no GUI; the GUI takes only options."""
    previous = ""
    for arg in argv:
        if arg in {"--version", "--help", "-h"}:
            return True
        if not arg.startswith("-") and previous not in _OPTIONS_WITH_VALUE:
            return True
        previous = arg
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
