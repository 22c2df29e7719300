from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


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


def test_the_adoption_analyzer_is_importable_where_design_lists_it():
    from supportml.adoption import AdoptionAnalyzer
    from supportml.recommend import AdoptionAnalyzer as listed

    assert listed is AdoptionAnalyzer


ROUTE_IN_A_FRESH_PROCESS = """
import sys
from supportml.routing import Router
decision = Router.load(sys.argv[1]).route("Je n'arrive pas à partager un dossier avec un externe")
assert decision.tier in ("chatbot", "elearning", "ambassador", "support"), decision
heavy = {"torch", "sentence_transformers", "transformers"} & set(sys.modules)
assert not heavy, f"routing imported {sorted(heavy)}"
"""


@pytest.mark.slow
def test_routing_with_the_default_backend_never_imports_torch(tmp_path):
    from supportml.cli import main

    model = tmp_path / "router"
    main(["train", "--data", str(ROOT / "datasets" / "synthetic"), "--out", str(model)])
    subprocess.run([sys.executable, "-c", ROUTE_IN_A_FRESH_PROCESS, str(model)], check=True)
