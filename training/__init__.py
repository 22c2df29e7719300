"""The retraining pipeline's entry point and configs (see ``training/README.md``)."""

from __future__ import annotations
