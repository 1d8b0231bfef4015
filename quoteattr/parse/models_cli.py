"""``quoteattr models``: which parser backends and French models are installed, and installing them.

The CLI wires this in by lazy import::

    from quoteattr.parse import models_cli
    models_cli.add_arguments(subparser)
    ...
    return models_cli.run(args)

``quoteattr models`` lists spaCy and its French pipelines, stanza and where its French models are;
``quoteattr models --install stanza`` downloads stanza's French models. Offline it fails fast:
the model hosts are probed with a short timeout first, and the command exits with code 2 and a
message saying what to do instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import socket
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from quoteattr.parse.stanza_backend import (
    INSTALL_STANZA_HINT,
    default_models_dir,
    french_models_available,
)

__all__ = [
    "EXIT_OFFLINE",
    "MODEL_HOSTS",
    "SPACY_MODELS",
    "BackendStatus",
    "add_arguments",
    "backend_status",
    "run",
    "unreachable_hosts",
]

SPACY_MODELS = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg", "fr_dep_news_trf")
"""spaCy's French pipelines, most useful first (``md`` is quoteattr's default)."""
MODEL_HOSTS = ("raw.githubusercontent.com", "huggingface.co")
"""Where ``stanza.download`` fetches its resource index and its model files."""
PROBE_TIMEOUT = 3.0
"""Seconds to wait for each model host before declaring the machine offline."""
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_OFFLINE = 2


@attrs.frozen
class BackendStatus:
    """What one backend needs and whether it is there."""

    backend: str
    installed: bool
    models: tuple[str, ...]
    detail: str


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def backend_status(stanza_dir: Path | None = None) -> tuple[BackendStatus, ...]:
    """The state of each backend, from files and package metadata only (no model is loaded)."""
    spacy_models = tuple(name for name in SPACY_MODELS if _installed(name))
    spacy = BackendStatus(
        backend="spacy",
        installed=_installed("spacy"),
        models=spacy_models,
        detail=(
            "French pipelines: " + ", ".join(spacy_models)
            if spacy_models
            else 'no French pipeline: pip install "quoteattr[spacy]"'
        ),
    )
    folder = stanza_dir if stanza_dir is not None else default_models_dir()
    has_stanza = _installed("stanza")
    has_models = french_models_available(folder)
    if not has_stanza:
        stanza_detail = INSTALL_STANZA_HINT
    elif has_models:
        stanza_detail = f"French models in {folder}"
    else:
        stanza_detail = f"no French models in {folder}: quoteattr models --install stanza"
    stanza = BackendStatus(
        backend="stanza",
        installed=has_stanza,
        models=("fr",) if has_models else (),
        detail=stanza_detail,
    )
    conllu = BackendStatus(
        backend="conllu", installed=True, models=(), detail="reads pre-parsed CoNLL-U; needs no model"
    )
    return (spacy, stanza, conllu)


def unreachable_hosts(hosts: Sequence[str] | None = None, timeout: float = PROBE_TIMEOUT) -> list[str]:
    """The hosts (default :data:`MODEL_HOSTS`) that accept no TCP connection on 443 within ``timeout`` s.

    Name resolution has no timeout of its own, so each probe runs in a daemon thread that is
    abandoned after ``timeout``: the whole check never takes much longer than that.
    """
    if hosts is None:
        hosts = MODEL_HOSTS
    results: dict[str, str | None] = dict.fromkeys(hosts, "timed out")

    def probe(host: str) -> None:
        try:
            with socket.create_connection((host, 443), timeout=timeout):
                results[host] = None
        except OSError as exc:
            results[host] = str(exc) or type(exc).__name__

    threads = [threading.Thread(target=probe, args=(host,), daemon=True) for host in hosts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    return [f"{host} ({results[host]})" for host in hosts if results[host] is not None]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``quoteattr models`` to ``parser``."""
    parser.add_argument(
        "--install",
        choices=("stanza",),
        help="download a backend's French models (stanza: into --dir, needs internet)",
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="stanza models folder (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)",
    )


def _print_status(statuses: Sequence[BackendStatus], out: TextIO) -> None:
    for status in statuses:
        state = "ready" if status.installed and (status.models or status.backend == "conllu") else "missing"
        if status.installed and not status.models and status.backend != "conllu":
            state = "no model"
        print(f"{status.backend:<8} {state:<9} {status.detail}", file=out)


def _install_stanza(folder: Path, out: TextIO, err: TextIO) -> int:
    if not _installed("stanza"):
        print(f"error: stanza is not installed; {INSTALL_STANZA_HINT}", file=err)
        return EXIT_FAILED
    unreachable = unreachable_hosts()
    if unreachable:
        print(
            "error: cannot download stanza's French models: no connection to "
            + ", ".join(unreachable)
            + f" (probe timeout {PROBE_TIMEOUT:.0f} s). Run this on a machine with internet access and "
            f"copy {folder} across (or set STANZA_RESOURCES_DIR), or train a small model offline with "
            "`python tools/train_stanza.py --ci`.",
            file=err,
        )
        return EXIT_OFFLINE
    import stanza

    print(f"downloading stanza's French models into {folder} ...", file=out)
    try:
        stanza.download("fr", model_dir=str(folder), processors="tokenize,mwt,pos,lemma,depparse")
    except Exception as exc:
        print(f"error: stanza.download('fr') failed: {exc}", file=err)
        return EXIT_FAILED
    print(f"done: French models in {folder}", file=out)
    return EXIT_OK


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``quoteattr models``; return the process exit code (2 when offline for --install)."""
    stdout = out if out is not None else sys.stdout
    stderr = err if err is not None else sys.stderr
    folder: Path | None = getattr(args, "dir", None)
    install: Any = getattr(args, "install", None)
    if install == "stanza":
        return _install_stanza(folder if folder is not None else default_models_dir(), stdout, stderr)
    _print_status(backend_status(folder), stdout)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quoteattr.parse.models_cli``: the same command without the main CLI."""
    parser = argparse.ArgumentParser(prog="quoteattr models", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
