from __future__ import annotations

import subprocess
import sys


def test_import_is_light():
    code = (
        "import sys, supportml; "
        "heavy = {'torch', 'transformers', 'sentence_transformers', 'onnxruntime', 'mlflow', "
        "'pyspark', 'sklearn', 'pandas'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names_are_exported():
    import supportml

    for name in supportml.__all__:
        assert hasattr(supportml, name), name


def test_public_names_load_lazily_and_are_the_real_classes():
    import supportml
    from supportml.routing import Router

    assert supportml.Router is Router
    assert "Router" in dir(supportml)
