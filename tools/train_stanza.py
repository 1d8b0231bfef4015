"""Train a small French stanza pipeline from UD French-Sequoia, with stanza's own trainers.

No model hub is needed: the five processors quoteattr uses (tokenize, mwt, pos, lemma, depparse)
are trained from ``../shared/ud/fr_sequoia-ud-train.conllu`` and scored on the dev file, and the
result is laid out so :class:`quoteattr.parse.stanza_backend.StanzaParser` loads it::

    <models_dir>/resources.json               an empty resource index (no download ever)
    <models_dir>/fr/tokenize/sequoia.pt
    <models_dir>/fr/mwt/sequoia.pt
    <models_dir>/fr/pos/sequoia.pt
    <models_dir>/fr/lemma/sequoia.pt
    <models_dir>/fr/depparse/sequoia.pt
    <models_dir>/quoteattr-stanza.json        settings, timings and dev scores

Two profiles:

``--ci`` (default)
    A model just good enough to exercise the real pipeline, in a few minutes on two CPU cores:
    tiny networks, ``--batch_size 50``, a few hundred steps; the mwt expander and the lemmatizer
    are dictionaries built from the training data. Its scores are not meaningful.
``--full``
    A usable model, run by hand (about an hour on two cores): larger networks, seq2seq mwt and
    lemmatizer, thousands of steps. Run it with ``nice -n 19`` on a shared machine.

Models are cached in ``$QUOTEATTR_CACHE`` (default ``~/.cache/quoteattr``) under a key hashing
this script, the profile, stanza's version and the UD files, so CI trains once and restores the
model afterwards. ``libtcmalloc_minimal`` is preloaded into the trainers when installed
(``apt-get install libtcmalloc-minimal4``): it makes stanza's CPU training steps several times
faster; everything works without it.

Usage::

    python tools/train_stanza.py --ci                 # train or restore the CI model, print its path
    python tools/train_stanza.py --full --output DIR  # the longer recipe
    python tools/train_stanza.py --evaluate DIR --gold ../shared/ud/fr_gsd-ud-test.conllu
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "PROCESSORS",
    "PROFILES",
    "Profile",
    "cache_dir",
    "cache_key",
    "ensure_model",
    "evaluate_models",
    "train_models",
]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_UD_DIR = ROOT.parent / "shared" / "ud"
TRAIN_FILE = "fr_sequoia-ud-train.conllu"
DEV_FILE = "fr_sequoia-ud-dev.conllu"
SHORTHAND = "fr_sequoia"
PACKAGE = "sequoia"
MANIFEST = "quoteattr-stanza.json"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
TCMALLOC_CANDIDATES = (
    "/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4",
    "/usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4",
    "/usr/lib/libtcmalloc_minimal.so.4",
)

Log = Callable[[str], None]


@attrs.frozen
class Profile:
    """The trainer flags of one training recipe, per processor (stanza's own flag names)."""

    name: str
    tokenize: tuple[str, ...]
    mwt: tuple[str, ...]
    pos: tuple[str, ...]
    lemma: tuple[str, ...]
    depparse: tuple[str, ...]

    def flags(self, processor: str) -> tuple[str, ...]:
        value: tuple[str, ...] = getattr(self, processor)
        return value


_SMALL_TAGGER = (
    "--no_pretrain",
    "--word_emb_dim", "50",
    "--char_emb_dim", "50",
    "--tag_emb_dim", "20",
)  # fmt: skip

PROFILES: Mapping[str, Profile] = {
    "ci": Profile(
        name="ci",
        tokenize=(
            "--emb_dim", "16", "--hidden_dim", "32", "--batch_size", "50",
            "--steps", "1000", "--eval_steps", "1000", "--report_steps", "100",
        ),
        mwt=("--dict_only",),
        pos=(
            *_SMALL_TAGGER,
            "--hidden_dim", "64", "--char_hidden_dim", "64", "--deep_biaff_hidden_dim", "64",
            "--composite_deep_biaff_hidden_dim", "32", "--num_layers", "1",
            "--batch_size", "50", "--max_steps", "500", "--eval_interval", "500",
            "--fix_eval_interval", "--log_step", "50",
        ),
        lemma=("--dict_only",),
        depparse=(
            *_SMALL_TAGGER,
            "--hidden_dim", "64", "--char_hidden_dim", "64", "--deep_biaff_hidden_dim", "64",
            "--deep_biaff_output_dim", "32", "--num_layers", "1",
            "--batch_size", "500", "--max_steps", "300", "--eval_interval", "300",
            "--optim", "adam", "--lr", "0.003", "--no_second_optim", "--log_step", "50",
        ),
    ),
    "full": Profile(
        name="full",
        tokenize=(
            "--batch_size", "50", "--steps", "2000", "--eval_steps", "1000", "--report_steps", "250",
        ),
        # French multiword tokens are a closed class (du, au, des, aux, duquel...): a dictionary
        # built from the treebank expands them all; a seq2seq model adds nothing but time.
        mwt=("--dict_only",),
        pos=(
            "--no_pretrain", "--word_emb_dim", "100",
            "--hidden_dim", "150", "--char_hidden_dim", "150", "--deep_biaff_hidden_dim", "150",
            "--batch_size", "50", "--max_steps", "1500", "--eval_interval", "500",
            "--fix_eval_interval", "--log_step", "250",
        ),
        lemma=("--num_epoch", "3", "--hidden_dim", "100", "--batch_size", "50", "--log_step", "500"),
        depparse=(
            "--no_pretrain", "--word_emb_dim", "100",
            "--hidden_dim", "150", "--char_hidden_dim", "150", "--deep_biaff_hidden_dim", "150",
            "--deep_biaff_output_dim", "100", "--num_layers", "2",
            "--batch_size", "1000", "--max_steps", "1500", "--eval_interval", "500",
            "--optim", "adam", "--lr", "0.002", "--no_second_optim", "--log_step", "250",
        ),
    ),
}  # fmt: skip


def cache_dir() -> Path:
    """Where trained models are cached: ``$QUOTEATTR_CACHE`` or ``~/.cache/quoteattr``."""
    configured = os.environ.get("QUOTEATTR_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "quoteattr"


def _stanza_version() -> str:
    from importlib.metadata import version

    return version("stanza")


def cache_key(profile: str, ud_dir: Path = DEFAULT_UD_DIR) -> str:
    """A hash of this script, the profile, stanza's version and the UD files it trains on."""
    digest = hashlib.sha256()
    digest.update(Path(__file__).read_bytes())
    digest.update(profile.encode())
    digest.update(_stanza_version().encode())
    for name in (TRAIN_FILE, DEV_FILE):
        digest.update((ud_dir / name).read_bytes())
    return digest.hexdigest()[:16]


def _tcmalloc() -> str | None:
    for candidate in TCMALLOC_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return None


def _run_trainer(module: str, args: Sequence[str], log_file: Path, *, nice: int, threads: int = 1) -> float:
    """Run ``python -m <module> <args>`` in a child process; return its wall time in seconds."""
    env = dict(os.environ)
    # One math thread: these networks are tiny, and on a busy 2-core machine torch's spinning
    # OpenMP threads made a step 10-20 times slower than running single-threaded.
    for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(variable, str(threads))
    preload = _tcmalloc()
    if preload is not None:
        env["LD_PRELOAD"] = preload
    command = [sys.executable, "-m", module, *args]
    if nice:
        command = ["nice", "-n", str(nice), *command]
    started = time.monotonic()
    with log_file.open("w", encoding="utf-8") as log:
        log.write(" ".join(command) + "\n")
        log.flush()
        result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, check=False)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        tail = log_file.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{module} failed with exit code {result.returncode}; log {log_file}:\n{tail}")
    return elapsed


def _prepare_data(ud_dir: Path, data: Path) -> dict[str, Path]:
    """The files stanza's trainers read: gold CoNLL-U, raw text, character labels, MWT lists."""
    from stanza.utils.datasets import common, conllu_to_text, prepare_tokenizer_data

    files: dict[str, Path] = {}
    for split, name in (("train", TRAIN_FILE), ("dev", DEV_FILE)):
        source = ud_dir / name
        if not source.exists():
            raise FileNotFoundError(
                f"UD file {source} not found; pass --ud-dir pointing at the UD French files"
            )
        gold = data / f"{SHORTHAND}.{split}.gold.conllu"
        common.write_sentences_to_conllu(str(gold), common.read_sentences_from_conllu(str(source)))
        txt = data / f"{SHORTHAND}.{split}.txt"
        labels = data / f"{SHORTHAND}-ud-{split}.toklabels"
        mwt = data / f"{SHORTHAND}-ud-{split}-mwt.json"
        conllu_to_text.main([str(gold), str(txt)])
        prepare_tokenizer_data.main([str(txt), str(gold), "-o", str(labels), "-m", str(mwt)])
        files.update(
            {f"{split}_gold": gold, f"{split}_txt": txt, f"{split}_labels": labels, f"{split}_mwt": mwt}
        )
    return files


def _trainer_args(processor: str, files: Mapping[str, Path], save_dir: Path, pred: Path) -> list[str]:
    common = ["--shorthand", SHORTHAND, "--save_dir", str(save_dir), "--save_name", f"{processor}.pt"]
    if processor == "tokenize":
        return [
            *common, "--lang", "fr",
            "--txt_file", str(files["train_txt"]), "--label_file", str(files["train_labels"]),
            "--mwt_json_file", str(files["train_mwt"]),
            "--dev_txt_file", str(files["dev_txt"]), "--dev_label_file", str(files["dev_labels"]),
            "--dev_conll_gold", str(files["dev_gold"]), "--conll_file", str(pred),
        ]  # fmt: skip
    gold = ["--train_file", str(files["train_gold"]), "--eval_file", str(files["dev_gold"])]
    if processor == "mwt":
        return [
            *common,
            "--lang",
            "fr",
            *gold,
            "--output_file",
            str(pred),
            "--gold_file",
            str(files["dev_gold"]),
        ]
    if processor == "lemma":
        return [*common, *gold, "--output_file", str(pred)]
    return [*common, "--lang", "fr", *gold, "--output_file", str(pred)]


_MODULES = {
    "tokenize": "stanza.models.tokenizer",
    "mwt": "stanza.models.mwt_expander",
    "pos": "stanza.models.tagger",
    "lemma": "stanza.models.lemmatizer",
    "depparse": "stanza.models.parser",
}


def train_models(
    output_dir: Path,
    *,
    profile: str = "ci",
    ud_dir: Path = DEFAULT_UD_DIR,
    nice: int = 0,
    evaluate: bool = True,
    log: Log = print,
) -> dict[str, Any]:
    """Train the five processors into ``output_dir``; return the manifest written next to them."""
    recipe = PROFILES[profile]
    output_dir.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="quoteattr-stanza-") as scratch:
        work = Path(scratch)
        data = work / "data"
        data.mkdir()
        started = time.monotonic()
        files = _prepare_data(ud_dir, data)
        timings["prepare"] = round(time.monotonic() - started, 1)
        for processor in PROCESSORS:
            save_dir = work / "saved" / processor
            save_dir.mkdir(parents=True)
            args = [
                *_trainer_args(processor, files, save_dir, work / f"{processor}.pred.conllu"),
                *recipe.flags(processor),
            ]
            log(f"training {processor} ({profile})...")
            seconds = _run_trainer(
                _MODULES[processor], args, output_dir / f"train-{processor}.log", nice=nice
            )
            timings[processor] = round(seconds, 1)
            log(f"  {processor}: {seconds:.0f} s")
            saved = sorted(save_dir.rglob("*.pt"))
            if not saved:
                raise RuntimeError(f"{processor} trainer wrote no model into {save_dir}")
            target = output_dir / "fr" / processor / f"{PACKAGE}.pt"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(saved[0], target)
    (output_dir / "resources.json").write_text("{}\n", encoding="utf-8")
    manifest: dict[str, Any] = {
        "profile": profile,
        "treebank": TRAIN_FILE,
        "stanza": _stanza_version(),
        "package": PACKAGE,
        "processors": list(PROCESSORS),
        "flags": {p: list(recipe.flags(p)) for p in PROCESSORS},
        "tcmalloc": _tcmalloc(),
        "train_seconds": timings,
        "train_seconds_total": round(sum(timings.values()), 1),
    }
    _write_manifest(output_dir, manifest)
    if evaluate:
        manifest["dev"] = evaluate_models(output_dir, ud_dir / DEV_FILE)
        log(f"  dev scores: {manifest['dev']}")
        _write_manifest(output_dir, manifest)
    return manifest


def _write_manifest(output_dir: Path, manifest: Mapping[str, Any]) -> None:
    (output_dir / MANIFEST).write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def _raw_text(gold: Path) -> str:
    """The sentences of a CoNLL-U file as plain text, one per line, from their ``# text`` comments."""
    lines = []
    with gold.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# text ="):
                lines.append(line.split("=", 1)[1].strip())
    return "\n".join(lines) + "\n"


def evaluate_models(models_dir: Path, gold: Path) -> dict[str, float]:
    """Parse the raw text of ``gold`` with the whole pipeline; CoNLL 2018 F1 scores (in %)."""
    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    paths = {f"{p}_model_path": str(models_dir / "fr" / p / f"{PACKAGE}.pt") for p in PROCESSORS}
    pipeline = stanza.Pipeline(
        "fr",
        processors=",".join(PROCESSORS),
        dir=str(models_dir),
        download_method=None,
        allow_unknown_language=True,
        use_gpu=False,
        logging_level="ERROR",  # not "unsupported language": the folder has an empty index on purpose
        **paths,
    )
    started = time.monotonic()
    doc = pipeline(_raw_text(gold))
    seconds = time.monotonic() - started
    with tempfile.TemporaryDirectory() as scratch:
        system = Path(scratch) / "system.conllu"
        CoNLL.write_doc2conll(doc, str(system))
        scores = ud_scores(str(gold), str(system))
    wanted = ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")
    result = {metric: round(100 * scores[metric].f1, 2) for metric in wanted}
    result["parse_seconds"] = round(seconds, 1)
    return result


def _complete(folder: Path) -> bool:
    return (folder / MANIFEST).exists() and all(
        (folder / "fr" / p / f"{PACKAGE}.pt").exists() for p in PROCESSORS
    )


@contextlib.contextmanager
def _exclusive(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_file`` (POSIX; no lock elsewhere): one trainer per key."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_model(
    profile: str = "ci",
    *,
    cache: Path | None = None,
    ud_dir: Path = DEFAULT_UD_DIR,
    nice: int = 0,
    log: Log = print,
) -> Path:
    """The cached model for ``profile``, trained first if the cache has none for this key.

    Concurrent callers (parallel test sessions) wait for the one that trains instead of training
    alongside it; a folder left half-built by a killed run is removed before training again.
    """
    root = cache if cache is not None else cache_dir()
    target = root / f"stanza-fr-{profile}-{cache_key(profile, ud_dir)}"
    if _complete(target):
        log(f"restored cached stanza model {target}")
        return target
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root / f".{target.name}.lock"):
        if _complete(target):  # trained by the caller we waited for
            log(f"restored cached stanza model {target}")
            return target
        for stale in [*root.glob(f"{target.name}.*.partial"), target]:
            if stale.exists():
                shutil.rmtree(stale, ignore_errors=True)
        building = Path(tempfile.mkdtemp(prefix=f"{target.name}.", suffix=".partial", dir=root))
        try:
            train_models(building, profile=profile, ud_dir=ud_dir, nice=nice, log=log)
            building.rename(target)
        finally:
            if building.exists():
                shutil.rmtree(building, ignore_errors=True)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--ci", dest="profile", action="store_const", const="ci", help="the small CI model")
    group.add_argument("--full", dest="profile", action="store_const", const="full", help="the longer recipe")
    parser.add_argument("--output", type=Path, help="train into this directory instead of the cache")
    parser.add_argument("--ud-dir", type=Path, default=DEFAULT_UD_DIR, help="folder with the UD French files")
    parser.add_argument("--nice", type=int, default=0, help="run the trainers under `nice -n N`")
    parser.add_argument("--evaluate", type=Path, metavar="MODELS_DIR", help="score an existing models dir")
    parser.add_argument("--gold", type=Path, action="append", help="CoNLL-U file(s) to score --evaluate on")
    parser.set_defaults(profile="ci")
    args = parser.parse_args(argv)

    if args.evaluate is not None:
        golds = args.gold or [args.ud_dir / DEV_FILE]
        for gold in golds:
            print(json.dumps({"gold": str(gold), **evaluate_models(args.evaluate, gold)}))
        return 0
    if args.output is not None:
        manifest = train_models(args.output, profile=args.profile, ud_dir=args.ud_dir, nice=args.nice)
        print(json.dumps(manifest, indent=2, sort_keys=True))
        print(args.output)
        return 0
    print(ensure_model(args.profile, ud_dir=args.ud_dir, nice=args.nice))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
