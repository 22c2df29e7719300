"""Saving a fitted Router as a folder, and loading it without pickle.

A saved router is a folder:

- ``manifest.json``: format version, library version, embedder name and how to rebuild it;
- ``router.skops``: the fitted components in skops format, which rebuilds objects from a schema
  and refuses any type not on an allow-list (nothing in the file is executed);
- ``policy.toml``: the tier policy, as the support team wrote it.

The embedder is never stored: it is rebuilt from its spec (or passed by the caller) and must
have the same name as at training time.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import supportml
from supportml.embed import make_embedder
from supportml.exceptions import ModelFormatError
from supportml.routing._policy import TierPolicy

__all__ = ["FORMAT_VERSION", "load_router", "save_router"]

FORMAT_VERSION = 1
_COMPONENTS = ("intents_", "knowledge_base_", "recommender_", "ambassadors_")
_EMBEDDER_SLOTS = ("embedder", "embedder_")
_TRUSTED_PREFIXES = ("supportml.", "sklearn.", "numpy.", "scipy.", "builtins.", "collections.")
_TRUSTED_TYPES = frozenset({"pandas.Timestamp", "datetime.datetime", "datetime.date"})


def _holders(router) -> dict[str, object]:
    holders = {"router": router}
    holders.update({name: getattr(router, name) for name in _COMPONENTS})
    return {name: obj for name, obj in holders.items() if obj is not None}


def save_router(router, path: str | Path) -> Path:
    """Write a fitted router to ``path`` (a folder, replaced atomically if it exists)."""
    import skops.io

    path = Path(path)
    embedder, policy = router.embedder_, router.policy_
    slots = [
        (holder, slot)
        for holder, obj in _holders(router).items()
        for slot in _EMBEDDER_SLOTS
        if getattr(obj, slot, None) is embedder
    ]
    manifest = {
        "format_version": FORMAT_VERSION,
        "supportml_version": supportml.__version__,
        "embedder_name": embedder.name,
        "embedder_spec": router.embedder if isinstance(router.embedder, str) else None,
        "embedder_slots": slots,
        "tiers": [str(t) for t in router.tier_model_.classes_],
        "intents": [str(c) for c in router.intents_.classes_],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    holders = _holders(router)
    try:
        for holder, slot in slots:
            setattr(holders[holder], slot, None)
        router.policy_ = None
        skops.io.dump(router, staging / "router.skops")
    except Exception:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        for holder, slot in slots:
            setattr(holders[holder], slot, embedder)
        router.policy_ = policy
    (staging / "policy.toml").write_text(policy.source, encoding="utf-8")
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    if path.exists():
        shutil.rmtree(path)
    os.replace(staging, path)
    return path


def load_router(path: str | Path, *, embedder=None):
    """Read a router saved by :func:`save_router`.

    Raises
    ------
    ModelFormatError
        Missing files, another format version, a type outside the allow-list, or an embedder
        whose name differs from the one the router was trained with.
    """
    import skops.io

    path = Path(path)
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ModelFormatError(f"{path} is not a saved supportml router: {e}") from e
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelFormatError(
            f"{path} has format version {manifest.get('format_version')!r}; this supportml "
            f"({supportml.__version__}) reads version {FORMAT_VERSION}. Retrain or convert it."
        )
    file = path / "router.skops"
    untrusted = skops.io.get_untrusted_types(file=file)
    refused = [
        t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES) and t not in _TRUSTED_TYPES
    ]
    if refused:
        raise ModelFormatError(f"{file} holds types supportml does not load: {refused}.")
    router = skops.io.load(file, trusted=untrusted)
    if embedder is None:
        embedder = make_embedder(manifest["embedder_spec"])
    if embedder.name != manifest["embedder_name"]:
        raise ModelFormatError(
            f"This router was trained with embedder {manifest['embedder_name']!r}; got "
            f"{embedder.name!r}. Vectors from another model would be meaningless to it."
        )
    holders = _holders(router)
    for holder, slot in manifest["embedder_slots"]:
        setattr(holders[holder], slot, embedder)
    router.policy_ = TierPolicy.from_toml((path / "policy.toml").read_text(encoding="utf-8"))
    return router
