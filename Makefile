# Two commands on a fresh machine: `make demo` and `make test`. Each builds .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
EXTRAS := embed,onnx,multilingual,mlflow,parquet,spark,report,insights,rank,dev

.PHONY: demo test test-fast lint bench-intents retrain clean

$(INSTALLED): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --constraint constraints.txt --editable ".[$(EXTRAS)]"
	touch $@

demo: $(INSTALLED)
	$(VENV)/bin/supportml demo

# Two pytest workers (pytest-xdist), each file kept whole on one worker: 10 min instead of 17 on
# a slow 2-core host (2026-11-29), since most of the time goes to single-threaded fits.
PYTEST := $(PY) -m pytest -n 2 --dist loadfile

test: $(INSTALLED)
	$(PYTEST)

test-fast: $(INSTALLED)
	$(PYTEST) -m "not slow"

lint: $(INSTALLED)
	$(VENV)/bin/ruff check supportml tests benchmarks training
	$(VENV)/bin/ruff format --check supportml tests benchmarks training

bench-intents: $(INSTALLED)
	$(PY) benchmarks/intents.py

# Tracked retrain on the default data (MLflow run in ./mlflow.db, model alias `challenger`),
# then the champion/challenger gate.
retrain: $(INSTALLED)
	$(PY) -m training.retrain --config training/configs/router.toml --promote

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
