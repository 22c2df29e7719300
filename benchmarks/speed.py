"""Embedding speed: sentence-transformers fp32 against supportml's OnnxEmbedder fp32 and int8.

Protocol (../shared/SPEED.md, run in one go on one machine):

- Text set: ``--n-texts`` help requests (10,000; 1,000 with ``--quick``) generated from French and
  English templates with ``--seed``: a request about the enterprise social network, instant
  messaging or cloud file storage, optionally a greeting, 1-12 context sentences, pasted steps, a
  closing, or a casual lower-case variant; lengths skewed like SPEED.md's set (many short texts, a
  long tail past the 256-token truncation). The header prints its word and token statistics.
- Backends, each in its own fresh worker process with ``--threads`` threads (default: the cores
  this process may use): the reference, sentence-transformers fp32 (``SentenceTransformer.encode``
  with batches of 32, which sorts by characters; ``torch.set_num_threads``), and
  ``OnnxEmbedder(precision="fp32" | "int8", num_threads=--threads)`` with its defaults (fp32:
  batches of 32 sorted by token count; int8, the library's default backend: one text per run,
  texts side by side on the threads). The ONNX exports are made or verified before timing
  (``supportml export-onnx``). No embedding cache anywhere.
- Round-robin: the set is dealt into ``--rounds`` interleaved chunks; in each round every worker
  embeds the round's chunk in one ``encode`` call, then answers the round's share of single-text
  calls. The order of the workers rotates each round, so the load drift of a shared machine falls
  on all backends alike; only one worker computes at a time.
- texts/s: texts ÷ summed wall time of the chunk calls (tokenisation included). Latency: one text
  per call, ``--latency-calls`` texts taken evenly from the set in set order; p50 and p99 ms.
- Route: the same texts through ``Router.route`` one at a time, each from a user of the synthetic
  organisation, with a router fitted on ``datasets/synthetic`` with that backend (fit untimed).
- Cosine: each text's vector against the reference's vector of the same text (mean and min).
- Banking77 and CLINC150 (skipped with ``--quick``; reference and int8 only, as ONNX fp32
  computes the reference's vectors): LogisticRegression(C=10, max_iter=3000)
  trained on the backend's own embeddings of train, accuracy on test (CLINC150: its 150 in-scope
  intents).
- Load s: wall time from starting the worker process to the model ready (interpreter, imports,
  model load and, for ONNX, the export's hash checks; the first call is reported in the JSON).
- Peak RSS: the worker's ``VmHWM`` after the timed rounds (before the accuracy heads).
- Cold start: fresh interpreters timing ``import supportml`` and ``Router.default()`` plus its
  first route (the default router trained and cached beforehand, untimed), median of 5.
- % ceiling: texts/s ÷ the GEMM ceiling. A separate worker measures, with ``--threads`` threads,
  ONNX Runtime ``MatMul`` (fp32) and ``DynamicQuantizeMatMul`` (int8 weights, what the int8 graph
  runs) on MiniLM's layer shapes (2048 tokens × 384→1152, 384→384, 384→1536, 1536→384), best of 5,
  before and after the rounds (best kept). Per text of L tokens the model costs, per layer,
  2·(4h² + 2h·ffn)·L FLOPs in linear layers plus 4·L²·h in the attention products; the ceiling
  runs the linear FLOPs at the backend's GEMM rate (int8 for int8) and the attention products at
  the fp32 rate, over the set's real token counts. Non-GEMM work is ignored: 100 % is unreachable.

Run from the repository root:

    .venv/bin/python benchmarks/speed.py --quick          # 1,000 texts, no accuracy heads
    .venv/bin/python benchmarks/speed.py --threads 2 --json benchmarks/results/speed.json
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from _common import (
    Column,
    DataDir,
    format_table,
    library_versions,
    machine_info,
    peak_rss_mb,
    print_header,
    progress,
    resolve_data_dir,
    write_json,
)

BACKENDS = ("st-fp32", "onnx-fp32", "onnx-int8")
METHODS = {
    "st-fp32": "sentence-transformers fp32, batch 32 (reference)",
    "onnx-fp32": "supportml OnnxEmbedder fp32, batch 32",
    "onnx-int8": "supportml OnnxEmbedder int8, one text per run (the default)",
}
VERSIONED = (
    "supportml",
    "numpy",
    "onnxruntime",
    "onnx",
    "tokenizers",
    "torch",
    "transformers",
    "sentence-transformers",
    "scikit-learn",
)
# ONNX fp32 computes the reference's vectors (cosine > 0.9999): its heads would repeat the
# reference's figures, so the accuracy heads run for the reference and the int8 default only.
ACCURACY_BACKENDS = ("st-fp32", "onnx-int8")
BATCH_SIZE = 32
SYNTHETIC = Path(__file__).resolve().parents[1] / "datasets" / "synthetic"
MAX_TOKENS = 256
GEMM_TOKENS = 2048
GEMM_SHAPES = ((384, 1152), (384, 384), (384, 1536), (1536, 384))


# ------------------------------------------------------------------------------ texts
_EN = {
    "tool": [
        "the messaging app",
        "the enterprise social network",
        "the file storage",
        "the desktop sync client",
        "video calls",
        "the expense app",
        "the mobile app",
        "our community page",
    ],
    "item": ["folder", "file", "presentation", "spreadsheet", "document library", "recording"],
    "who": ["an external partner", "my team", "the whole department", "a new colleague", "guests"],
    "problem": [
        "keeps crashing",
        "is very slow",
        "shows error 403",
        "does not sync anymore",
        "logs me out every hour",
        "won't open attachments",
        "sends no notifications",
    ],
    "action": [
        "create a group",
        "reset my password",
        "restore a deleted file",
        "add a member to a community",
        "mention a colleague",
        "change my profile picture",
        "pin a message",
        "work offline on a shared library",
        "recover an old version",
    ],
    "device": ["phone", "laptop", "tablet", "shared workstation"],
    "when": ["this morning", "yesterday", "the last update", "Monday", "two weeks"],
    "requests": [
        "How do I share a {item} with {who}?",
        "I can't {action} in {tool}.",
        "How can I {action}?",
        "{tool} {problem}.",
        "Can you help me {action} on my {device}?",
        "{tool} {problem} since {when}.",
        "Is it possible to {action} from my {device}?",
        "Where is the {item} my manager shared {when}?",
        "{action}",
    ],
    "greetings": ["Hello,", "Hi team,", "Good morning,", "Hi,"],
    "context": [
        "I already tried restarting {tool}.",
        "My manager has the same problem on her {device}.",
        "It worked fine until {when}.",
        "We need it for a client meeting tomorrow morning.",
        "I am working from the plant today and the network is slow.",
        "The error message says the {item} is locked by another user.",
        "I cleared the browser cache and logged in again.",
        "Other people in my team can still open the {item}.",
        "I joined the company {when} and nobody showed me how it works.",
        "I followed the guide on the intranet but the menu looks different.",
        "This is blocking the whole team for the audit.",
        "I have the latest version installed on my {device}.",
    ],
    "steps": "Step {n}: open {tool} and click {button}.",
    "buttons": ["Files", "Share", "Settings", "New group", "Sync", "Upload", "Save"],
    "errors": "Then it says: 'Access denied (code {code})'.",
    "closings": ["Thanks!", "Thank you in advance.", "Regards,", "Thanks for your help."],
}
_FR = {
    "tool": [
        "la messagerie",
        "le réseau social interne",
        "le stockage de fichiers",
        "le client de synchronisation",
        "la visio",
        "l'application de notes de frais",
        "l'application mobile",
        "notre communauté",
    ],
    "item": ["dossier", "fichier", "présentation", "tableur", "bibliothèque", "enregistrement"],
    "who": ["un partenaire externe", "mon équipe", "tout le service", "un nouveau collègue"],
    "problem": [
        "plante sans arrêt",
        "est très lent",
        "affiche l'erreur 403",
        "ne synchronise plus",
        "me déconnecte toutes les heures",
        "n'ouvre plus les pièces jointes",
        "n'envoie plus de notifications",
    ],
    "action": [
        "créer un groupe",
        "réinitialiser mon mot de passe",
        "restaurer un fichier supprimé",
        "ajouter un membre à une communauté",
        "mentionner un collègue",
        "changer ma photo de profil",
        "épingler un message",
        "travailler hors ligne sur une bibliothèque partagée",
        "récupérer une ancienne version",
    ],
    "device": ["téléphone", "ordinateur portable", "tablette", "poste partagé"],
    "when": ["ce matin", "hier", "la dernière mise à jour", "lundi", "deux semaines"],
    "requests": [
        "Comment partager un {item} avec {who} ?",
        "Je n'arrive pas à {action} dans {tool}.",
        "Comment {action} ?",
        "{tool} {problem}.",
        "Pouvez-vous m'aider à {action} sur mon {device} ?",
        "{tool} {problem} depuis {when}.",
        "Est-il possible de {action} depuis mon {device} ?",
        "Où est le {item} partagé par ma responsable {when} ?",
        "{action}",
    ],
    "greetings": ["Bonjour,", "Bonjour à tous,", "Salut,", "Bonsoir,"],
    "context": [
        "J'ai déjà redémarré {tool}.",
        "Ma responsable a le même problème sur son {device}.",
        "Tout fonctionnait jusqu'à {when}.",
        "Nous en avons besoin pour une réunion client demain matin.",
        "Je travaille depuis l'usine aujourd'hui et le réseau est lent.",
        "Le message d'erreur indique que le {item} est verrouillé par un autre utilisateur.",
        "J'ai vidé le cache du navigateur et je me suis reconnecté.",
        "Les autres membres de mon équipe arrivent encore à ouvrir le {item}.",
        "Je suis arrivé dans l'entreprise {when} et personne ne m'a montré l'outil.",
        "J'ai suivi le guide de l'intranet mais le menu n'est plus le même.",
        "Cela bloque toute l'équipe pour l'audit.",
        "J'ai la dernière version installée sur mon {device}.",
    ],
    "steps": "Étape {n} : ouvrir {tool} et cliquer sur {button}.",
    "buttons": [
        "Fichiers",
        "Partager",
        "Paramètres",
        "Nouveau groupe",
        "Synchroniser",
        "Enregistrer",
    ],
    "errors": "Ensuite le message « Accès refusé (code {code}) » s'affiche.",
    "closings": ["Merci !", "Merci d'avance.", "Cordialement,", "Merci pour votre aide."],
}
MAX_WORDS = 200


def generate_texts(n_texts: int, seed: int) -> list[str]:
    """``n_texts`` help requests, half French and half English, reproducible from ``seed``."""
    rng = random.Random(seed)
    return [_help_request(rng, _FR if i % 2 else _EN) for i in range(n_texts)]


def _help_request(rng: random.Random, lang: dict[str, Any]) -> str:
    parts = [_fill(rng, lang, rng.choice(lang["requests"]))]
    if rng.random() < 0.3:
        parts.insert(0, rng.choice(lang["greetings"]))
    if rng.random() < 0.4:
        n_context = min(12, 1 + int(rng.expovariate(1 / 2.5)))
        parts += [_fill(rng, lang, c) for c in rng.sample(lang["context"], n_context)]
    if rng.random() < 0.08:
        parts += _pasted_steps(rng, lang)
    if rng.random() < 0.25:
        parts.append(rng.choice(lang["closings"]))
    text = " ".join(" ".join(parts).split()[:MAX_WORDS])
    if rng.random() < 0.2:  # typed casually on a phone
        text = text.lower().rstrip("?.! ")
    return text


def _pasted_steps(rng: random.Random, lang: dict[str, Any]) -> list[str]:
    steps = [
        _fill(rng, lang, lang["steps"], n=n + 1, button=rng.choice(lang["buttons"]))
        for n in range(rng.randint(4, 16))
    ]
    return [*steps, lang["errors"].format(code=rng.choice([401, 403, 404, 500, 503]))]


def _fill(rng: random.Random, lang: dict[str, Any], template: str, **fixed: Any) -> str:
    slots = {key: rng.choice(lang[key]) for key in ("tool", "item", "who", "problem", "action")}
    slots |= {key: rng.choice(lang[key]) for key in ("device", "when")}
    text = template.format(**(slots | fixed))
    return text[0].upper() + text[1:]


def count_tokens(texts: Sequence[str]) -> np.ndarray:
    """MiniLM token counts ([CLS] and [SEP] included, truncated at 256), one text at a time.

    ``encode`` (not ``encode_batch``) keeps this process free of tokenizers' thread pool, so the
    workers it forks later get no fork warning.
    """
    from tokenizers import Tokenizer

    from supportml.embed import DEFAULT_MODEL
    from supportml.embed._models import resolve_model_path

    tokenizer = Tokenizer.from_file(str(resolve_model_path(DEFAULT_MODEL) / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()  # the file pads to 128
    return np.array([len(tokenizer.encode(text).ids) for text in texts])


def text_set_stats(texts: Sequence[str], tokens: np.ndarray) -> dict[str, Any]:
    words = np.array([len(text.split()) for text in texts])
    return {
        "texts": len(texts),
        "words mean": round(float(words.mean()), 1),
        "median": int(np.median(words)),
        "p95": int(np.percentile(words, 95)),
        "max": int(words.max()),
        "tokens mean": round(float(tokens.mean()), 1),
        "median ": int(np.median(tokens)),
        "p95 ": int(np.percentile(tokens, 95)),
        "at 256": f"{(tokens >= MAX_TOKENS).mean():.1%}",
    }


# ---------------------------------------------------------------------------- workers
class Channel:
    """Pickled messages over a pair of pipes (between this script and its own workers only)."""

    def __init__(self, reader: BinaryIO, writer: BinaryIO) -> None:
        self.reader = reader
        self.writer = writer

    def send(self, message: Any) -> None:
        pickle.dump(message, self.writer, protocol=pickle.HIGHEST_PROTOCOL)
        self.writer.flush()

    def receive(self) -> Any:
        return pickle.load(self.reader)


@dataclass
class Worker:
    """A backend in its own process; ``load_s`` is process start to model ready."""

    kind: str
    process: subprocess.Popen
    channel: Channel
    load_s: float

    @classmethod
    def start(cls, kind: str, threads: int, onnx_cache_dir: Path | None) -> Worker:
        command = [sys.executable, __file__, "--worker", kind, "--threads", str(threads)]
        if onnx_cache_dir is not None:
            command += ["--onnx-cache-dir", str(onnx_cache_dir)]
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        worker = cls(kind, process, Channel(process.stdout, process.stdin), 0.0)
        worker.receive()  # "ready"
        worker.load_s = time.perf_counter() - start
        return worker

    def request(self, op: str, texts: Sequence[str] = ()) -> Any:
        self.channel.send((op, list(texts)))
        return self.receive()

    def receive(self) -> Any:
        try:
            return self.channel.receive()
        except EOFError:
            raise SystemExit(
                f"The {self.kind} worker died (exit code {self.process.wait()}); see stderr."
            ) from None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.channel.send(("quit", []))
            self.process.wait(timeout=60)


def worker_main(kind: str, threads: int, onnx_cache_dir: Path | None) -> None:
    """Serve one backend: load it, say ready, then answer requests until told to quit."""
    channel = Channel(sys.stdin.buffer, os.fdopen(os.dup(1), "wb"))
    os.dup2(2, 1)  # whatever a library prints goes to stderr, not into the message pipe
    if kind == "gemm":
        channel.send(gemm_rates(threads))
        return
    backend = Backend(load_backend(kind, threads, onnx_cache_dir))
    channel.send("ready")
    while True:
        op, texts = channel.receive()
        if op == "quit":
            return
        channel.send(OPS[op](backend, texts))


def load_backend(kind: str, threads: int, onnx_cache_dir: Path | None) -> Any:
    """The backend as an :class:`~supportml.embed.Embedder`, model loaded, no embedding cache."""
    from supportml.embed import OnnxEmbedder, SentenceTransformerEmbedder

    if kind == "st-fp32":
        embedder = SentenceTransformerEmbedder(batch_size=BATCH_SIZE, num_threads=threads)
    else:
        precision = kind.removeprefix("onnx-")
        embedder = OnnxEmbedder(precision=precision, num_threads=threads, cache_dir=onnx_cache_dir)
    _ = embedder.dim  # loads the model
    return embedder


@dataclass
class Backend:
    """A worker's embedder, and the router trained with it on first need."""

    embedder: Any
    router: Any = None

    def routed(self) -> Any:
        """A router fitted on ``datasets/synthetic`` with this backend (no embedding cache)."""
        if self.router is None:
            from supportml.data import read_table
            from supportml.routing import Router

            tables = {
                path.stem: read_table(path, table=path.stem)
                for path in sorted(SYNTHETIC.glob("*.csv"))
            }
            requests = tables.pop("requests")
            train = requests[requests["split"] == "train"]
            self.router = Router(embedder=self.embedder).fit(train, **tables)
        return self.router


def _timed_encode(backend: Backend, texts: list[str]) -> dict[str, Any]:
    start = time.perf_counter()
    vectors = backend.embedder.encode(texts)
    return {"seconds": time.perf_counter() - start, "vectors": np.asarray(vectors, np.float32)}


def _single_calls(backend: Backend, texts: list[str]) -> dict[str, Any]:
    return {"ms": _milliseconds_per_call(lambda text: backend.embedder.encode([text]), texts)}


def _route_calls(backend: Backend, texts: list[str]) -> dict[str, Any]:
    """``Router.route`` one request at a time, each from a user of the synthetic organisation."""
    router = backend.routed()
    users = sorted(router.users_) if getattr(router, "users_", None) else [None]
    router.route(texts[0], users[0])  # warm-up
    calls = iter(range(len(texts)))
    return {
        "ms": _milliseconds_per_call(
            lambda text: router.route(text, users[next(calls) % len(users)]), texts
        )
    }


def _milliseconds_per_call(call: Callable[[str], Any], texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        call(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _peak_rss(backend: Backend, texts: list[str]) -> dict[str, Any]:
    return {"peak_rss_mb": peak_rss_mb()}


OPS = {"encode": _timed_encode, "latency": _single_calls, "route": _route_calls, "rss": _peak_rss}


# ------------------------------------------------------------------------------ ceiling
def gemm_rates(threads: int) -> dict[str, float]:
    """GFLOP/s of ONNX Runtime fp32 ``MatMul`` and int8 ``DynamicQuantizeMatMul``, best of 5."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    rng = np.random.default_rng(0)
    feeds = {
        f"a{i}": rng.standard_normal((GEMM_TOKENS, k)).astype(np.float32)
        for i, (k, _) in enumerate(GEMM_SHAPES)
    }
    flops = 2 * GEMM_TOKENS * sum(k * n for k, n in GEMM_SHAPES)
    rates = {}
    for kind in ("fp32", "int8"):
        session = ort.InferenceSession(
            _gemm_graph(kind), options, providers=["CPUExecutionProvider"]
        )
        session.run(None, feeds)
        best = min(_seconds(lambda s=session: s.run(None, feeds)) for _ in range(5))
        rates[kind] = flops / best / 1e9
    return rates


def _seconds(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _gemm_graph(kind: str) -> bytes:
    """A graph of four independent matrix products with MiniLM's layer shapes."""
    from onnx import TensorProto, helper

    nodes, inputs, outputs, weights = [], [], [], []
    for i, (k, n) in enumerate(GEMM_SHAPES):
        inputs.append(helper.make_tensor_value_info(f"a{i}", TensorProto.FLOAT, [GEMM_TOKENS, k]))
        outputs.append(helper.make_tensor_value_info(f"y{i}", TensorProto.FLOAT, [GEMM_TOKENS, n]))
        node, node_weights = _product(kind, i, k, n)
        nodes.append(node)
        weights += node_weights
    graph = helper.make_graph(nodes, "gemm", inputs, outputs, weights)
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 9  # readable by any onnxruntime this project supports
    return model.SerializeToString()


def _product(kind: str, i: int, k: int, n: int) -> tuple[Any, list[Any]]:
    """``y{i} = a{i} @ w{i}``: fp32 ``MatMul``, or int8 per-channel ``DynamicQuantizeMatMul``."""
    from onnx import helper, numpy_helper

    rng = np.random.default_rng(i)
    if kind == "fp32":
        w = numpy_helper.from_array(rng.standard_normal((k, n), np.float32), f"w{i}")
        return helper.make_node("MatMul", [f"a{i}", f"w{i}"], [f"y{i}"]), [w]
    weights = [
        numpy_helper.from_array(rng.integers(-127, 128, (k, n), dtype=np.int8), f"w{i}"),
        numpy_helper.from_array(np.full(n, 0.01, np.float32), f"s{i}"),
        numpy_helper.from_array(np.zeros(n, np.int8), f"z{i}"),
    ]
    names = [f"a{i}", f"w{i}", f"s{i}", f"z{i}"]
    node = helper.make_node("DynamicQuantizeMatMul", names, [f"y{i}"], domain="com.microsoft")
    return node, weights


def ceiling_texts_per_s(tokens: np.ndarray, linear_rate: float, fp32_rate: float) -> float:
    """Texts/s if every matrix product ran at the measured GEMM rates (GFLOP/s) and nothing else
    cost anything; all-MiniLM-L6-v2: 6 layers, hidden 384, feed-forward 1536."""
    layers, hidden, ffn = 6, 384, 1536
    lengths = tokens.astype(float)
    linear = layers * 2 * (4 * hidden**2 + 2 * hidden * ffn) * lengths
    attention = layers * 4 * lengths**2 * hidden
    seconds = linear.sum() / (linear_rate * 1e9) + attention.sum() / (fp32_rate * 1e9)
    return len(tokens) / seconds


# ------------------------------------------------------------------------------ cold start
IMPORT_TIME = (
    "import time; t = time.perf_counter(); import supportml; print(time.perf_counter() - t)"
)
DEFAULT_ROUTE = (
    "import time; t = time.perf_counter(); from supportml import Router; "
    "Router.default().route('Comment partager un dossier ?'); "
    "print(time.perf_counter() - t)"
)


def cold_start(repeats: int = 5) -> dict[str, str]:
    """Fresh processes: ``import supportml``, and ``Router.default()`` plus its first route
    (after one untimed run that trains the default router if it is not cached yet)."""
    progress("cold start: the default router (trains once when it is not cached)")
    _python_seconds(DEFAULT_ROUTE)
    imports = [_python_seconds(IMPORT_TIME) for _ in range(repeats)]
    defaults, walls = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        defaults.append(_python_seconds(DEFAULT_ROUTE))
        walls.append(time.perf_counter() - start)
    return {
        "import supportml s (median)": f"{np.median(imports):.3f}",
        "Router.default() + 1st route s (median, in process / process wall)": (
            f"{np.median(defaults):.2f} / {np.median(walls):.2f}"
        ),
    }


def _python_seconds(code: str) -> float:
    """Run ``code`` in a fresh interpreter and return the float it prints."""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1])


# ------------------------------------------------------------------------------ the run
@dataclass
class Measures:
    """What one backend produced over the rounds: time, single-call latencies, vectors."""

    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    route_ms: list[float] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.empty((0, 0), np.float32))


def ensure_exports(onnx_cache_dir: Path | None) -> None:
    """Make or verify both ONNX exports with the library's CLI, in its own process (untimed)."""
    for precision in ("fp32", "int8"):
        command = [sys.executable, "-m", "supportml.cli", "export-onnx", "--precision", precision]
        if onnx_cache_dir is not None:
            command += ["--cache-dir", str(onnx_cache_dir)]
        path = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
        progress(f"ONNX {precision}: {path.strip()}")


def run_rounds(
    workers: dict[str, Worker], texts: list[str], latency_texts: list[str], rounds: int
) -> dict[str, Measures]:
    """Round-robin: each round, every worker embeds its chunk then answers single-text calls."""
    measures = {kind: Measures() for kind in workers}
    chunks = [list(range(r, len(texts), rounds)) for r in range(rounds)]
    vectors: dict[str, list[np.ndarray]] = {kind: [] for kind in workers}
    kinds = list(workers)
    for r in range(rounds):
        order = kinds[r % len(kinds) :] + kinds[: r % len(kinds)]
        for kind in order:
            progress(f"round {r + 1}/{rounds}: {kind}")
            result = workers[kind].request("encode", [texts[i] for i in chunks[r]])
            measures[kind].seconds += result["seconds"]
            vectors[kind].append(result["vectors"])
            singles = workers[kind].request("latency", latency_texts[r::rounds])
            measures[kind].latencies_ms += singles["ms"]
            routes = workers[kind].request("route", latency_texts[r::rounds])
            measures[kind].route_ms += routes["ms"]
    order_back = np.argsort(np.concatenate(chunks))
    for kind in workers:
        measures[kind].vectors = np.concatenate(vectors[kind])[order_back]
    return measures


def head_accuracies(worker: Worker, data_dir: DataDir) -> dict[str, float]:
    """LogisticRegression(C=10) on the backend's own embeddings of train, accuracy on test
    (Banking77; CLINC150's in-scope intents)."""
    from intents import load_banking77, load_clinc150  # the intent benchmark's loaders
    from sklearn.linear_model import LogisticRegression

    accuracies = {}
    for name, load in (("banking77", load_banking77), ("clinc150", load_clinc150)):
        data = load(data_dir)
        progress(f"{name}: {worker.kind}")
        train_v = worker.request("encode", data.train.texts)["vectors"]
        test_v = worker.request("encode", data.test.texts)["vectors"]
        head = LogisticRegression(C=10, max_iter=3000).fit(train_v, data.train.labels)
        accuracies[name] = float((head.predict(test_v) == np.asarray(data.test.labels)).mean())
    return accuracies


def build_rows(
    measures: dict[str, Measures],
    extras: dict[str, dict[str, Any]],
    ceilings: dict[str, float],
    setting: str,
) -> list[dict[str, Any]]:
    """One row per backend, in the JSON shape of BENCHMARKS.md."""
    n_texts = len(measures["st-fp32"].vectors)
    reference = measures["st-fp32"]
    reference_rate = n_texts / reference.seconds
    rows = []
    for kind, m in measures.items():
        cosines = np.sum(m.vectors * reference.vectors, axis=1)
        rate = n_texts / m.seconds
        ceiling = ceilings["int8" if kind.endswith("int8") else "fp32"]
        rows.append(
            {
                "dataset": "generated help requests (FR/EN)",
                "setting": setting,
                "method": METHODS[kind],
                "supportml": kind.startswith("onnx"),
                "texts_per_s": rate,
                "speedup": rate / reference_rate,
                "p50_ms": float(np.percentile(m.latencies_ms, 50)),
                "p99_ms": float(np.percentile(m.latencies_ms, 99)),
                "route_p50_ms": float(np.percentile(m.route_ms, 50)),
                "route_p99_ms": float(np.percentile(m.route_ms, 99)),
                "cosine_mean": float(cosines.mean()),
                "cosine_min": float(cosines.min()),
                "ceiling_texts_per_s": ceiling,
                "ceiling_fraction": rate / ceiling,
                **extras[kind],
            }
        )
    return rows


COLUMNS = [
    Column("backend", "method"),
    Column("texts/s", "texts_per_s", "{:.1f}".format),
    Column("× ref", "speedup", "{:.2f}".format),
    Column("p50 ms", "p50_ms", "{:.1f}".format),
    Column("p99 ms", "p99_ms", "{:.1f}".format),
    Column("cos mean", "cosine_mean", "{:.4f}".format),
    Column("cos min", "cosine_min", "{:.4f}".format),
    Column("route p50", "route_p50_ms", "{:.1f}".format),
    Column("route p99", "route_p99_ms", "{:.1f}".format),
    Column("Banking77", "banking77", "{:.4f}".format),
    Column("CLINC150", "clinc150", "{:.4f}".format),
    Column("load s", "load_s", "{:.2f}".format),
    Column("1st call ms", "first_call_ms", "{:.0f}".format),
    Column("peak RSS MB", "peak_rss_mb", "{:.0f}".format),
    Column("% ceiling", "ceiling_fraction", "{:.0%}".format),
]


def run(args: argparse.Namespace) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The whole benchmark: the rows, and the header sections about the set and the ceiling."""
    data_dir = None if args.quick else resolve_data_dir(args.data_dir)
    if data_dir is not None:
        data_dir.require("banking77/train.csv")  # fail before the long part
    texts = generate_texts(args.n_texts, args.seed)
    tokens = count_tokens(texts)
    ensure_exports(args.onnx_cache_dir)
    rates = [_gemm_worker_rates(args)]
    measures, extras = measure_backends(args, texts, data_dir)
    rates.append(_gemm_worker_rates(args))
    best = {kind: max(r[kind] for r in rates) for kind in ("fp32", "int8")}
    ceilings = {
        "fp32": ceiling_texts_per_s(tokens, best["fp32"], best["fp32"]),
        "int8": ceiling_texts_per_s(tokens, best["int8"], best["fp32"]),
    }
    setting = f"{len(texts)} texts, {args.threads} thread(s), {args.rounds} rounds"
    gemm = {kind: " / ".join(f"{r[kind]:.0f}" for r in rates) for kind in ("fp32", "int8")}
    context = {
        "cold start (default backend)": cold_start(),
        "text set": text_set_stats(texts, tokens),
        "GEMM GFLOP/s (ORT, start / end)": gemm
        | {f"ceiling {k} texts/s": f"{v:.0f}" for k, v in ceilings.items()},
    }
    return build_rows(measures, extras, ceilings, setting), context


def measure_backends(
    args: argparse.Namespace, texts: list[str], data_dir: DataDir | None
) -> tuple[dict[str, Measures], dict[str, dict[str, Any]]]:
    """Start the workers one at a time, run the rounds, then memory and Banking77 per worker."""
    step = max(1, len(texts) // args.latency_calls)
    latency_texts = texts[::step][: args.latency_calls]
    workers: dict[str, Worker] = {}
    extras: dict[str, dict[str, Any]] = {}
    try:
        for kind in BACKENDS:  # one at a time, so that load times do not overlap
            progress(f"starting {kind}")
            workers[kind] = worker = Worker.start(kind, args.threads, args.onnx_cache_dir)
            first = worker.request("encode", [texts[0]])
            extras[kind] = {"load_s": worker.load_s, "first_call_ms": first["seconds"] * 1000}
        measures = run_rounds(workers, texts, latency_texts, args.rounds)
        for kind, worker in workers.items():
            extras[kind] |= worker.request("rss")
            if data_dir is not None and kind in ACCURACY_BACKENDS:
                extras[kind] |= head_accuracies(worker, data_dir)
    finally:
        for worker in workers.values():
            worker.stop()
    return measures, extras


def _gemm_worker_rates(args: argparse.Namespace) -> dict[str, float]:
    """GEMM rates measured in a fresh process with the benchmark's thread count."""
    progress("measuring GEMM rates")
    command = [sys.executable, __file__, "--worker", "gemm", "--threads", str(args.threads)]
    return pickle.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE).stdout)


# ------------------------------------------------------------------------------ command
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Embedding backends side by side: sentence-transformers fp32 (reference) vs "
        "supportml's OnnxEmbedder fp32 and int8 — throughput, latency, fidelity, Banking77, load "
        "time, memory, fraction of the GEMM ceiling. See the module docstring for the protocol.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1,000 texts, 2 rounds, 100 single calls, no accuracy heads",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder holding banking77/ (default: $SUPPORTML_DATA_DIR, else ../shared/datasets)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the rows to this file")
    parser.add_argument(
        "--threads",
        type=int,
        default=len(os.sched_getaffinity(0)),
        help="threads per backend (torch's pool; texts run side by side for ONNX); default: the "
        "cores this process may use (%(default)s)",
    )
    parser.add_argument("--n-texts", type=int, default=None, help="texts (10,000; quick 1,000)")
    parser.add_argument("--rounds", type=int, default=None, help="round-robin rounds (4; quick 2)")
    parser.add_argument(
        "--latency-calls", type=int, default=None, help="single-text calls (300; quick 100)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the text set; default %(default)s"
    )
    parser.add_argument(
        "--onnx-cache-dir",
        type=Path,
        default=None,
        help="export cache for the ONNX files (default: the library's, ~/.cache/supportml/onnx "
        "or $SUPPORTML_CACHE_DIR/onnx); exports are made there when missing",
    )
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.worker is not None:
        worker_main(args.worker, args.threads, args.onnx_cache_dir)
        return
    defaults = (1_000, 2, 100) if args.quick else (10_000, 4, 300)
    for name, default in zip(("n_texts", "rounds", "latency_calls"), defaults, strict=True):
        if getattr(args, name) is None:
            setattr(args, name, default)
    rows, context = run(args)
    print_header(
        "Embedding speed (benchmarks/speed.py): sentence-transformers fp32 vs OnnxEmbedder",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(VERSIONED),
            **context,
        },
    )
    print(f"{rows[0]['setting']}; texts/s over the whole set, latency one text per call")
    print(format_table(rows, COLUMNS))
    if args.json is not None:
        write_json(args.json, rows)
        print(f"\nRows written to {args.json}")


if __name__ == "__main__":
    main()
