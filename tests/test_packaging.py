"""The packaged build's recipe (build.spec), its run-time hook and the translations.

build.spec is executed here with stand-ins for PyInstaller's build steps that record what
they are given, so the test reads the recipe exactly as PyInstaller would, in a second,
without building. CI builds the real thing and runs its --self-test (.ci/run).
"""

from __future__ import annotations

import ast
import os
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
HOOKS = ROOT / "pyi_hooks"


class Recorded:
    """Stands in for Analysis, PYZ, EXE and COLLECT, keeping their arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        # What an Analysis offers the later steps; empty, as nothing is analysed here.
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


class Analysis(Recorded):
    pass


class EXE(Recorded):
    pass


class COLLECT(Recorded):
    pass


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The namespace build.spec leaves behind, its build steps recorded."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True)
    namespace: dict[str, Any] = {
        "Analysis": Analysis,
        "PYZ": Recorded,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path_factory.mktemp("pyinstaller-work")),
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def bundled(spec: dict[str, Any]) -> dict[str, str]:
    """Bundle path of each file the spec adds itself -> its source."""
    analysis = spec["a"]
    return {
        Path(folder, Path(source).name).as_posix(): source
        for source, folder in analysis.kwargs["datas"]
    }


def test_builds_one_folder_app_named_salesdesk(spec: dict[str, Any]) -> None:
    collect = spec["coll"]
    assert collect.kwargs["name"] == "SalesDesk"
    programs = [step for step in collect.args if isinstance(step, EXE)]
    assert programs[0].kwargs["name"] == "SalesDesk"
    assert all(program.kwargs["exclude_binaries"] for program in programs)  # one folder
    assert spec["a"].args[0] == [str(ROOT / "main.py")]


def test_console_only_where_it_does_not_open_a_window(spec: dict[str, Any]) -> None:
    app = spec["programs"][0]
    assert app.kwargs["console"] is (sys.platform != "win32")


def test_icon_is_rendered_from_the_svg(spec: dict[str, Any]) -> None:
    icon = Path(spec["programs"][0].kwargs["icon"])
    assert icon.suffix == ".ico"
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # the ICO signature
    assert "resources/icons/salesdesk.png" in bundled(spec)
    assert "resources/icons/salesdesk.svg" in bundled(spec)


def test_bundles_the_migrations_alembic_reads_from_disk(spec: dict[str, Any]) -> None:
    files = bundled(spec)
    assert "salesdesk/store/migrations/env.py" in files
    versions = sorted((ROOT / "salesdesk" / "store" / "migrations" / "versions").glob("*.py"))
    assert versions
    for version in versions:
        assert f"salesdesk/store/migrations/versions/{version.name}" in files
    assert not any("__pycache__" in path for path in files)


def test_migrations_imports_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = spec["a"].kwargs["hiddenimports"]
    assert {"alembic", "sqlalchemy"} <= set(hidden)
    assert "salesdesk.cli.database" in hidden  # the CLI imports its commands by name


def test_bundles_our_and_qts_translations(spec: dict[str, Any]) -> None:
    files = bundled(spec)
    for language in ("ru", "en"):
        assert f"resources/i18n/salesdesk_{language}.qm" in files
        assert f"PySide6/Qt/translations/qtbase_{language}.qm" in files
    assert Path(files["PySide6/Qt/translations/qtbase_ru.qm"]).is_file()


@pytest.mark.parametrize(
    ("bundle_path", "kept"),
    [
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),  # the PDF reports embed it
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("babel/locale-data/ru.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/de.dat", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwindows.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", False),
        ("PySide6/Qt/plugins/imageformats/qtiff.dll", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("libcairo.so.2", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ],
)
def test_trims_what_salesdesk_does_not_use(
    spec: dict[str, Any], bundle_path: str, kept: bool
) -> None:
    assert spec["wanted"](bundle_path) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strips ELF binaries only")
def test_never_strips_a_library_patchelf_rewrote(spec: dict[str, Any]) -> None:
    import numpy

    libraries = Path(numpy.__file__).parent.parent / "numpy.libs"
    openblas = next(libraries.glob("*openblas*.so*"), None)
    if openblas is None:
        pytest.skip("this numpy was not built by auditwheel")
    assert spec["safely_strippable"](str(openblas)) is False  # stripping breaks loading it


def test_leaves_out_unused_qt_modules_and_tkinter(spec: dict[str, Any]) -> None:
    excluded = set(spec["a"].kwargs["excludes"])
    assert {"tkinter", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQml"} <= excluded
    assert {"PySide6.QtQuick", "PySide6.QtMultimedia", "PySide6.QtNetwork"} <= excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}
    assert not used & excluded


def test_no_excluded_qt_module_is_imported_by_the_app() -> None:
    excluded = set(_spec_list("EXCLUDED_MODULES"))
    imported = set()
    for source in [*ROOT.glob("ui/**/*.py"), *ROOT.glob("salesdesk/**/*.py"), ROOT / "main.py"]:
        imported |= _imported_modules(source)
    assert not {name for name in imported if name in excluded or name.split(".")[0] in excluded}


def _spec_list(name: str) -> list[str]:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"build.spec defines no {name}")


def _imported_modules(source: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


# --- the run-time hook: matplotlib's cache in a persistent user folder ------------------------


def _run_hook() -> None:
    (hook,) = ast.literal_eval((HOOKS / "rthooks.dat").read_text(encoding="utf-8"))["matplotlib"]
    runpy.run_path(str(HOOKS / "rthooks" / hook))


def test_hook_replaces_pyinstallers_matplotlib_hook(spec: dict[str, Any]) -> None:
    assert spec["a"].kwargs["hookspath"] == [str(HOOKS)]
    hooks = ast.literal_eval((HOOKS / "rthooks.dat").read_text(encoding="utf-8"))
    assert set(hooks) == {"matplotlib"}


def test_hook_keeps_matplotlib_cache_in_the_user_cache_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from platformdirs import user_cache_dir

    monkeypatch.setenv("MPLCONFIGDIR", "recorded so that the test's end restores it")
    monkeypatch.delenv("MPLCONFIGDIR")
    _run_hook()
    expected = Path(user_cache_dir("SalesDesk", appauthor=False)) / "matplotlib"
    assert os.environ["MPLCONFIGDIR"] == str(expected)
    assert expected.is_dir()
    assert str(expected).startswith(os.environ["XDG_CACHE_HOME"])  # conftest's own folder


def test_hook_leaves_a_users_choice_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path))
    _run_hook()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path)


# --- translations --------------------------------------------------------------------------


def test_every_gui_string_is_translated() -> None:
    """tools/translations.py check: Russian complete, plural forms present in both languages."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
