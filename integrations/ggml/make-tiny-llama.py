#!/usr/bin/env python3
"""Writes a tiny random-weight Llama-architecture GGUF model with the gguf
package: 4 layers, n_embd 512, 8 query heads / 2 KV heads of a given head dim
(64 or 128), f16 weights (f32 norms), a 32 k context, and the SPM vocabulary of
llama.cpp's models/ggml-vocab-llama-spm.gguf. Seeded: the same arguments write
the same file. With --arch mpt, an MPT-architecture model instead (ALiBi,
max_alibi_bias 8, no RoPE; layer norms, fused QKV, GELU MLP; head dim 64 =
n_embd / 8 heads, 2 KV heads): llama.cpp then passes FLASH_ATTN_EXT a
max_bias and a mask of -|pos_i - pos_j|.

usage: make-tiny-llama.py <vocab.gguf> <out.gguf> --head-dim 64|128 [--arch llama|mpt] [--seed N]

The weights are scaled so that activations stay O(1) through the layers,
attention scores are O(1) (the softmax is neither flat nor one-hot), and the
logits spread widely, so greedy generation is not decided by near-ties.
"""
import argparse

import numpy as np
import gguf

N_LAYER, N_EMBD, N_HEAD, N_HEAD_KV, N_FF, N_CTX = 4, 512, 8, 2, 1024, 32768


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vocab")
    ap.add_argument("out")
    ap.add_argument("--head-dim", type=int, required=True)
    ap.add_argument("--arch", choices=("llama", "mpt"), default="llama")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    hd = a.head_dim
    mpt = a.arch == "mpt"
    if mpt and hd * N_HEAD != N_EMBD:
        ap.error(f"--arch mpt: the head dim is n_embd / n_head = {N_EMBD // N_HEAD}")

    vocab = gguf.GGUFReader(a.vocab)
    tokens = vocab.fields["tokenizer.ggml.tokens"]
    n_vocab = len(tokens.data)

    w = gguf.GGUFWriter(a.out, a.arch)
    w.add_name(f"attnforge tiny {a.arch} hd{hd}")
    w.add_context_length(N_CTX)
    w.add_embedding_length(N_EMBD)
    w.add_block_count(N_LAYER)
    w.add_feed_forward_length(N_FF)
    w.add_head_count(N_HEAD)
    w.add_head_count_kv(N_HEAD_KV)
    if mpt:
        w.add_layer_norm_eps(1e-5)
        w.add_max_alibi_bias(8.0)
    else:
        w.add_key_length(hd)
        w.add_value_length(hd)
        w.add_rope_dimension_count(hd)
        w.add_rope_freq_base(10000.0)
        w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)

    # the tokenizer, copied field by field from the vocabulary file
    for name, field in vocab.fields.items():
        if not name.startswith("tokenizer."):
            continue
        vt = field.types[0]
        if vt == gguf.GGUFValueType.ARRAY:
            et = field.types[1]
            if et == gguf.GGUFValueType.STRING:
                vals = [bytes(field.parts[i]).decode("utf-8", errors="surrogateescape") for i in field.data]
            else:
                vals = [field.parts[i].tolist()[0] for i in field.data]
            w.add_array(name, vals)
        elif vt == gguf.GGUFValueType.STRING:
            w.add_string(name, bytes(field.parts[field.data[0]]).decode("utf-8"))
        else:
            w.add_key_value(name, field.parts[field.data[0]].tolist()[0], vt)

    rng = np.random.default_rng(a.seed)

    def mat(rows, cols, std):
        # numpy shape (rows, cols) is ggml's {cols, rows}
        return (rng.standard_normal((rows, cols), dtype=np.float32) * std).astype(np.float16)

    def norm(n):
        return (1.0 + 0.1 * rng.standard_normal(n, dtype=np.float32)).astype(np.float32)

    w.add_tensor("token_embd.weight", mat(n_vocab, N_EMBD, 1.0))
    for i in range(N_LAYER):
        p = f"blk.{i}."
        w.add_tensor(p + "attn_norm.weight", norm(N_EMBD))
        if mpt:  # layer norm with a bias, Q, K and V in one matrix
            w.add_tensor(p + "attn_norm.bias", (0.1 * rng.standard_normal(N_EMBD, dtype=np.float32)).astype(np.float32))
            w.add_tensor(p + "attn_qkv.weight", mat((N_HEAD + 2 * N_HEAD_KV) * hd, N_EMBD, N_EMBD ** -0.5))
        else:
            w.add_tensor(p + "attn_q.weight", mat(N_HEAD * hd, N_EMBD, N_EMBD ** -0.5))
            w.add_tensor(p + "attn_k.weight", mat(N_HEAD_KV * hd, N_EMBD, N_EMBD ** -0.5))
            w.add_tensor(p + "attn_v.weight", mat(N_HEAD_KV * hd, N_EMBD, N_EMBD ** -0.5))
        w.add_tensor(p + "attn_output.weight", mat(N_EMBD, N_HEAD * hd, (N_HEAD * hd) ** -0.5))
        w.add_tensor(p + "ffn_norm.weight", norm(N_EMBD))
        if not mpt:  # MPT's MLP is GELU(up) -> down, no gate
            w.add_tensor(p + "ffn_gate.weight", mat(N_FF, N_EMBD, N_EMBD ** -0.5))
        w.add_tensor(p + "ffn_up.weight", mat(N_FF, N_EMBD, N_EMBD ** -0.5))
        w.add_tensor(p + "ffn_down.weight", mat(N_EMBD, N_FF, N_FF ** -0.5))
    w.add_tensor("output_norm.weight", norm(N_EMBD))
    w.add_tensor("output.weight", mat(n_vocab, N_EMBD, 3.0 * N_EMBD ** -0.5))

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


if __name__ == "__main__":
    main()
