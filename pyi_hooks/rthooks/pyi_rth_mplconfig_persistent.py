"""Keeps matplotlib's cache in SalesDesk's user cache folder (SPEC §10).

A one-folder build never moves its fonts, so the font list matplotlib caches stays valid from
one start to the next, and reading it back saves rebuilding it (about a second) at every
start. A MPLCONFIGDIR already set by the user wins.
"""


def _use_persistent_matplotlib_cache() -> None:
    import os

    if "MPLCONFIGDIR" in os.environ:
        return
    from pathlib import Path

    from platformdirs import user_cache_dir

    folder = Path(user_cache_dir("SalesDesk", appauthor=False)) / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # matplotlib then falls back to a temporary folder and says so
    os.environ["MPLCONFIGDIR"] = str(folder)


_use_persistent_matplotlib_cache()
del _use_persistent_matplotlib_cache
