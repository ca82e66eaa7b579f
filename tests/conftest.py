from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f081b1e3fe4d48df.txt"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Tests never touch the user's cache folder, clippings, corrections or config."""
    monkeypatch.setenv("PRESSROOM_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("PRESSROOM_CLIPPINGS", str(tmp_path_factory.mktemp("data") / "clippings.json"))
    monkeypatch.setenv("PRESSROOM_CONFIG", str(tmp_path_factory.mktemp("config") / "config.yaml"))
    monkeypatch.setenv("PRESSROOM_CORRECTIONS", str(tmp_path_factory.mktemp("data") / "corrections.yaml"))


def load_benchmark(name: str):
    """A script of ``benchmarks/`` as a module (they are scripts, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_index():
    from tui.library import build_index

    return build_index([SEED])


def article_from(body: str, title: str = "Title"):
    """A plain-text article: the title line, then one paragraph per line."""
    from tui.ingest import parse_text

    problems: list = []
    art = parse_text(f"{title}\n{body}\n", "test.txt", "test", problems)
    assert art is not None, problems
    return art


def quotes_of(body: str):
    from tui.parser import parse_article

    doc = parse_article(article_from(body))
    return doc


@pytest.fixture
def parse():
    return quotes_of
