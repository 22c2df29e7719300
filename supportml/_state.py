"""Object graphs to JSON plus arrays and back, rebuilding only allow-listed types.

:func:`encode` turns a fitted object graph into a JSON-ready document (structure, scalars,
strings, dict keys) and a dict of numpy arrays (for ``np.savez``); :func:`decode` rebuilds it.
Nothing from the document is executed and nothing is unpickled:

- an object is rebuilt as ``cls.__new__(cls)`` then ``__setstate__`` (or a ``__dict__``
  update), only for a class whose module is ``supportml``, ``sklearn``, ``numpy`` or ``scipy``
  (or one of a few builtins); the name must resolve to that very class, not an alias;
- the classes a document uses are listed up front and checked before anything is built;
- only the classes in ``_CONSTRUCTED`` (scikit-learn's Cython ``Tree``) get constructor
  arguments, and they are data (ints, arrays), never callables;
- numpy random generators are rebuilt from their bit generator's state, enum members are looked
  up by value, dates are ISO strings;
- arrays come from ``np.load(..., allow_pickle=False)``; an object array in the file is refused.
  Object arrays of the graph are stored as string arrays (all ``str``) or element by element.
  Arrays under 256 KiB are packed in one flat array per dtype (a load reads a few npz members,
  not thousands); larger ones are stored as they are.

Shared and cyclic references are kept (each mutable container and object has an id). Objects
given as ``externals`` (an embedder, a policy) are written as a name and supplied at decode time.

Examples
--------
>>> import numpy as np
>>> graph = {"weights": np.arange(3.0), "labels": ("fr", "en"), 3: {1.5, 2.5}}
>>> document, arrays = encode(graph)
>>> sorted(arrays)  # small arrays are packed by dtype
['p0']
>>> back = decode(document, arrays)
>>> back["labels"], back[3], back["weights"].tolist()
(('fr', 'en'), {1.5, 2.5}, [0.0, 1.0, 2.0])
"""

from __future__ import annotations

import copyreg
import datetime
import enum
import importlib
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from supportml.exceptions import ModelFormatError

__all__ = ["decode", "encode"]

_ALLOWED_PACKAGES = ("supportml", "sklearn", "numpy", "scipy")
_ALLOWED_BUILTINS = frozenset(
    f"builtins:{t.__qualname__}"
    for t in (bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset, object)
)
# Classes rebuilt by calling them with data arguments (their pickle protocol requires it).
_CONSTRUCTED = frozenset({"sklearn.tree._tree:Tree"})
_SCALARS = (str, int, float, bool, type(None))
# Smaller arrays are packed, one flat array per dtype, so that loading reads a few npz members.
_OWN_MEMBER_BYTES = 256 * 1024


def _type_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _is_allowed(name: str) -> bool:
    module = name.partition(":")[0]
    return name in _ALLOWED_BUILTINS or any(
        module == package or module.startswith(f"{package}.") for package in _ALLOWED_PACKAGES
    )


def _is_plain(value, seen: set[int]) -> bool:
    """Whether ``value`` is JSON as is: scalars, lists and str-keyed dicts of them, no container
    reached twice (a shared or cyclic one needs an id)."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind not in (list, dict) or id(value) in seen:
        return False
    seen.add(id(value))
    if kind is list:
        return all(_is_plain(item, seen) for item in value)
    return all(type(k) is str and _is_plain(v, seen) for k, v in value.items())


class _Encoder:
    def __init__(self, externals: Mapping[str, object]):
        self.externals = {id(obj): name for name, obj in externals.items()}
        self.arrays: dict[str, np.ndarray] = {}
        self.packs: dict[np.dtype, tuple[str, list[np.ndarray]]] = {}
        self.pack_sizes: dict[np.dtype, int] = {}
        self.types: dict[str, int] = {}
        self.ids: dict[int, int] = {}
        self.alive: list[object] = []  # keeps temporary states alive so that ids stay unique
        self.path: list[str] = ["root"]

    def type_index(self, cls: type) -> int:
        name = _type_name(cls)
        if not _is_allowed(name):
            raise TypeError(f"Cannot save {''.join(self.path)}: type {name} is not allow-listed.")
        return self.types.setdefault(name, len(self.types))

    def remember(self, value) -> int:
        self.alive.append(value)
        return self.ids.setdefault(id(value), len(self.ids))

    def store(self, value: np.ndarray):
        """Where ``value`` goes: its own npz member if large, else a slice of its dtype's pack."""
        if value.nbytes >= _OWN_MEMBER_BYTES:
            key = f"a{len(self.arrays)}"
            self.arrays[key] = value
            return key
        key, parts = self.packs.setdefault(value.dtype, (f"p{len(self.packs)}", []))
        offset = self.pack_sizes.get(value.dtype, 0)
        self.pack_sizes[value.dtype] = offset + value.size
        order = "F" if value.flags.f_contiguous and not value.flags.c_contiguous else "C"
        parts.append(value.ravel(order=order))
        return [key, offset, list(value.shape), order]

    def all_arrays(self) -> dict[str, np.ndarray]:
        packed = {key: np.concatenate(parts) for key, parts in self.packs.values()}
        return {**self.arrays, **packed}

    def child(self, value, step: str):
        self.path.append(step)
        try:
            return self.encode(value)
        finally:
            self.path.pop()

    def encode(self, value):
        kind = type(value)
        if kind in _SCALARS:
            return value
        if id(value) in self.externals:
            return {"!": "ext", "v": self.externals[id(value)]}
        if id(value) in self.ids:
            return {"!": "ref", "i": self.ids[id(value)]}
        if kind is tuple:
            return {"!": "tuple", "v": [self.child(v, f"[{i}]") for i, v in enumerate(value)]}
        if kind is frozenset:
            return {"!": "frozenset", "v": [self.child(v, "{}") for v in _ordered(value)]}
        if kind in (list, dict, set, np.ndarray):
            return self.container(value, self.remember(value))
        if isinstance(value, np.generic):
            return self.scalar(value)
        if isinstance(value, np.dtype):
            if value.fields is None and value.subdtype is None:
                return {"!": "dtype", "v": value.str}
            return {"!": "dtype", "at": self.store(np.empty(0, dtype=value))}
        if isinstance(value, type):
            return {"!": "type", "c": self.type_index(value)}
        if isinstance(value, np.random.RandomState):
            state = value.get_state(legacy=False)
            return {
                "!": "random",
                "t": "RandomState",
                "i": self.remember(value),
                "v": self.encode(state),
            }
        if isinstance(value, np.random.Generator):
            state = value.bit_generator.state
            return {
                "!": "random",
                "t": "Generator",
                "i": self.remember(value),
                "v": self.encode(state),
            }
        if isinstance(value, datetime.date):
            return self.moment(value)
        if isinstance(value, enum.Enum):
            return {"!": "enum", "c": self.type_index(type(value)), "v": self.encode(value.value)}
        return self.instance(value)

    def container(self, value, i: int):
        kind = type(value)
        if kind is np.ndarray:
            if value.dtype.hasobject:
                if all(isinstance(v, str) for v in value.flat):
                    return {"!": "array", "i": i, "at": self.store(value.astype(str)), "o": 1}
                items = [self.child(v, "[]") for v in value.flat]
                return {"!": "objects", "i": i, "shape": list(value.shape), "v": items}
            return {"!": "array", "i": i, "at": self.store(value)}
        if kind is not set and _is_plain(value, set()):
            return {"!": "json", "i": i, "v": value}
        if kind is list:
            return {
                "!": "list",
                "i": i,
                "v": [self.child(v, f"[{j}]") for j, v in enumerate(value)],
            }
        if kind is set:
            return {"!": "set", "i": i, "v": [self.child(v, "{}") for v in _ordered(value)]}
        if all(type(k) is str for k in value):
            return {
                "!": "dict",
                "i": i,
                "v": {k: self.child(v, f"[{k!r}]") for k, v in value.items()},
            }
        items = [[self.child(k, ".key"), self.child(v, f"[{k!r}]")] for k, v in value.items()]
        return {"!": "dict", "i": i, "items": items}

    def scalar(self, value: np.generic):
        if value.dtype.kind in "biu" or value.dtype.str in ("<f2", "<f4", "<f8"):
            return {"!": "scalar", "d": value.dtype.str, "v": value.item()}
        return {"!": "scalar", "at": self.store(np.asarray(value))}

    def moment(self, value: datetime.date):
        cls = type(value)
        if cls.__module__.startswith("pandas") and cls.__name__ == "Timestamp":
            return {"!": "moment", "t": "timestamp", "v": value.isoformat()}
        if cls in (datetime.date, datetime.datetime):
            return {"!": "moment", "t": cls.__name__, "v": value.isoformat()}
        return self.instance(value)

    def instance(self, value):
        cls = type(value)
        node: dict[str, Any] = {"!": "obj", "c": self.type_index(cls)}
        reduced = value.__reduce_ex__(2)
        function, args = reduced[0], reduced[1]
        state = reduced[2] if len(reduced) > 2 else None
        extra = [r for r in reduced[3:] if r is not None]
        if function is copyreg.__newobj__ and args == (cls,) and not extra:
            node["i"] = self.remember(value)
        elif function is cls and _type_name(cls) in _CONSTRUCTED and not extra:
            node["a"] = self.child(args, "<args>")
            node["i"] = self.remember(value)
        elif getattr(function, "__name__", "") == f"__pyx_unpickle_{cls.__name__}":
            node.update(i=self.remember(value), cy=1)  # Cython's generated pickling
            state = args[2] if state is None else state
        else:
            raise TypeError(
                f"Cannot save {''.join(self.path)}: {_type_name(cls)} pickles through "
                f"{function!r}, which the allow-listed format does not rebuild."
            )
        node["s"] = self.child(state, "@")
        return node


def _ordered(items) -> list:
    try:
        return sorted(items)
    except TypeError:
        return list(items)


def encode(graph, *, externals: Mapping[str, object] | None = None):
    """Turn an object graph into a JSON-ready document and named arrays.

    Parameters
    ----------
    graph : object
        Scalars, strings, lists, tuples, dicts, sets, numpy arrays, scalars, dtypes and random
        generators, dates, enum members, and instances of allow-listed classes that pickle
        through ``__reduce_ex__(2)`` with ``copyreg.__newobj__`` (or Cython's generated pickling).
    externals : mapping of str to object, optional
        Objects written as their name only (never stored); :func:`decode` must get them back.

    Returns
    -------
    document : dict
        JSON-ready (``json.dumps`` it); lists the classes it uses under ``"types"``.
    arrays : dict of str to ndarray
        For ``np.savez``; none has an object dtype.

    Raises
    ------
    TypeError
        When the graph holds a class outside the allow-list or one pickled by a function.

    Examples
    --------
    >>> document, arrays = encode([1, "a", (2.5, None)])
    >>> document["root"]
    {'!': 'list', 'i': 0, 'v': [1, 'a', {'!': 'tuple', 'v': [2.5, None]}]}
    >>> encode(print)
    Traceback (most recent call last):
    ...
    TypeError: Cannot save root: type builtins:builtin_function_or_method is not allow-listed.
    """
    encoder = _Encoder(externals or {})
    root = encoder.encode(graph)
    return {"types": list(encoder.types), "root": root}, encoder.all_arrays()


class _Decoder:
    def __init__(self, types: list[type], arrays: Mapping[str, np.ndarray], externals: Mapping):
        self.types = types
        self.arrays = arrays
        self.packs: dict[str, np.ndarray] = {}
        self.externals = externals
        self.refs: dict[int, object] = {}
        self.kinds = {
            "ext": self.external,
            "ref": self.ref,
            "tuple": lambda node: tuple(self.items(node["v"])),
            "frozenset": lambda node: frozenset(self.decode(v) for v in node["v"]),
            "json": lambda node: self.register(node, node["v"]),
            "list": self.list,
            "set": self.set,
            "dict": self.dict,
            "array": self.array,
            "objects": self.objects,
            "scalar": self.scalar,
            "dtype": self.dtype,
            "type": lambda node: self.types[node["c"]],
            "random": self.random,
            "moment": self.moment,
            "enum": self.enum,
            "obj": self.instance,
        }

    def items(self, nodes):
        # The hot loop of a load: JSON scalars are taken as they are, without a call.
        return [v if type(v) in _SCALARS else self.decode(v) for v in nodes]

    def decode(self, node):
        if type(node) is not dict:
            if type(node) in _SCALARS:
                return node
            raise ModelFormatError(f"Unexpected {type(node).__name__} in the saved graph.")
        try:
            build = self.kinds[node["!"]]
        except KeyError as e:
            raise ModelFormatError(f"Unknown node in the saved graph: {str(node)[:80]}") from e
        return build(node)

    def register(self, node, value):
        self.refs[node["i"]] = value
        return value

    def external(self, node):
        try:
            return self.externals[node["v"]]
        except KeyError as e:
            raise ModelFormatError(f"The saved graph needs the external {node['v']!r}.") from e

    def ref(self, node):
        try:
            return self.refs[node["i"]]
        except KeyError as e:
            raise ModelFormatError(f"The saved graph refers to unknown id {node['i']!r}.") from e

    def list(self, node):
        value = self.register(node, [])
        value.extend(self.items(node["v"]))
        return value

    def set(self, node):
        value = self.register(node, set())
        value.update(self.decode(v) for v in node["v"])
        return value

    def dict(self, node):
        value = self.register(node, {})
        if "items" in node:
            value.update((self.decode(k), self.decode(v)) for k, v in node["items"])
        else:
            fields = node["v"]
            value.update(zip(fields, self.items(fields.values()), strict=True))
        return value

    def member(self, key: str) -> np.ndarray:
        try:
            return self.arrays[key]
        except KeyError as e:
            raise ModelFormatError(f"The saved arrays have no {key!r}.") from e
        except ValueError as e:  # np.load refuses an object array without pickle
            raise ModelFormatError(f"The saved array {key!r} cannot be loaded safely: {e}") from e

    def stored(self, at) -> np.ndarray:
        if type(at) is str:
            return self.member(at)
        key, offset, shape, order = at
        if key not in self.packs:
            self.packs[key] = self.member(key)
        flat = self.packs[key][offset : offset + math.prod(shape)]
        return flat.reshape(shape, order=order).copy(order="K")  # owns its data, like np.load

    def array(self, node):
        value = self.stored(node["at"])
        if node.get("o"):
            value = value.astype(object)
        return self.register(node, value)

    def objects(self, node):
        value = self.register(node, np.empty(tuple(node["shape"]), dtype=object))
        flat = value.reshape(-1)  # a view: filling it fills value
        for i, item in enumerate(node["v"]):
            flat[i] = self.decode(item)
        return value

    def scalar(self, node):
        if "at" in node:
            return self.stored(node["at"])[()]
        return np.dtype(node["d"]).type(node["v"])

    def dtype(self, node):
        return np.dtype(node["v"]) if "v" in node else self.stored(node["at"]).dtype

    def random(self, node):
        """A RandomState or Generator: a fresh bit generator of the named class, then its state."""
        state = self.decode(node["v"])
        bits = getattr(np.random, str(state.get("bit_generator")), None)
        if not (isinstance(bits, type) and issubclass(bits, np.random.BitGenerator)):
            raise ModelFormatError(f"Unknown bit generator {state.get('bit_generator')!r}.")
        if node["t"] == "RandomState":
            value = np.random.RandomState(bits())
            value.set_state(state)
        elif node["t"] == "Generator":
            value = np.random.Generator(bits())
            value.bit_generator.state = state
        else:
            raise ModelFormatError(f"Unknown random generator {node['t']!r}.")
        return self.register(node, value)

    def moment(self, node):
        if node["t"] == "timestamp":
            import pandas as pd

            return pd.Timestamp(node["v"])
        cls = {"date": datetime.date, "datetime": datetime.datetime}[node["t"]]
        return cls.fromisoformat(node["v"])

    def enum(self, node):
        cls = self.types[node["c"]]
        if not issubclass(cls, enum.Enum):
            raise ModelFormatError(f"{_type_name(cls)} is not an Enum.")
        return cls(self.decode(node["v"]))  # a lookup of the member, nothing is built

    def instance(self, node):
        cls = self.types[node["c"]]
        if "a" in node:
            if _type_name(cls) not in _CONSTRUCTED:
                raise ModelFormatError(f"{_type_name(cls)} may not be built with arguments.")
            value = cls(*self.decode(node["a"]))
        else:
            value = cls.__new__(cls)
        self.register(node, value)
        state = self.decode(node["s"])
        if node.get("cy"):
            value.__setstate_cython__(state)
        elif hasattr(value, "__setstate__"):
            value.__setstate__(state)
        elif state is not None:
            attributes, slots = state if type(state) is tuple else (state, None)
            if attributes:
                value.__dict__.update(attributes)
            for name, item in (slots or {}).items():
                object.__setattr__(value, name, item)
        return value


def _resolve(name: str) -> type:
    module, _, qualname = name.partition(":")
    try:
        value = importlib.import_module(module)
        for part in qualname.split("."):
            value = getattr(value, part)
    except (ImportError, AttributeError) as e:
        raise ModelFormatError(f"The saved graph uses {name}, which does not exist here.") from e
    if not isinstance(value, type) or _type_name(value) != name:
        raise ModelFormatError(f"The saved graph uses {name}, which is not that class here.")
    return value


def decode(document: Mapping, arrays: Mapping[str, np.ndarray], *, externals=None):
    """Rebuild the graph :func:`encode` wrote.

    Parameters
    ----------
    document : mapping
        The document from :func:`encode` (after a JSON round trip).
    arrays : mapping of str to ndarray
        The arrays from :func:`encode`, e.g. ``np.load(file, allow_pickle=False)``.
    externals : mapping of str to object, optional
        The objects named as externals at encoding time.

    Returns
    -------
    graph : object

    Raises
    ------
    ModelFormatError
        When the document names a class outside the allow-list (checked before anything is
        built), an unknown node, a missing array or external, or an array that needs pickle.

    Examples
    --------
    >>> decode({"types": ["os:system"], "root": None}, {})
    Traceback (most recent call last):
    ...
    supportml.exceptions.ModelFormatError: The saved graph uses types ...: ['os:system'].
    """
    try:
        names, root = list(document["types"]), document["root"]
    except (KeyError, TypeError) as e:
        raise ModelFormatError("The saved graph has no 'types' and 'root'.") from e
    refused = [name for name in names if not (isinstance(name, str) and _is_allowed(name))]
    if refused:
        raise ModelFormatError(f"The saved graph uses types that are not allow-listed: {refused}.")
    decoder = _Decoder([_resolve(name) for name in names], arrays, externals or {})
    try:
        return decoder.decode(root)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError, RecursionError) as e:
        if isinstance(e, ModelFormatError):
            raise
        raise ModelFormatError(f"The saved graph is malformed: {e!r}") from e
