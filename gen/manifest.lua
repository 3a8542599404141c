-- The default manifest: what `lua5.4 gen/attnforge-gen.lua` generates into
-- generated/ (and what is committed there). One edit here (or the CLI flags
-- --head-dims / --dtypes / --isa, which replace it by one product) and a
-- regeneration is all a new variant needs: kernel files,
-- generated/registry.inc and generated/sources.cmake follow, and
-- tests/test_variants.c tests whatever the registry lists.
--
-- Each group is a product of head dims x storage formats x ISAs. Head dims: a
-- number n means Dk = Dv = n, "dk:dv" (e.g. "192:128") a pair. Formats: names
-- of templates/fmt/<name>.lua or "all"; ISAs: modules of templates/isa/ or
-- "all" (a module may limit its formats, e.g. avx512bf16 exists for bf16).
-- Calls with no variant run the generic kernel, which takes every format.
return {
  groups = {
    -- One format for Q, K, V and O (the original API), every ISA, the head
    -- dims of most models plus DeepSeek-style 192:128. A variant's K/V format
    -- also serves calls with Q/O in another of f32/f16/bf16 (llama.cpp: Q/O
    -- f32, cache f16), converted at tile edges.
    { head_dims = { 64, 128, 256, "192:128" }, dtypes = { "f32", "f16", "bf16" }, isas = "all" },
    -- Cache formats (Q/O f32/f16/bf16, K/V quantized): what llama.cpp
    -- (-ctk/-ctv q8_0, q4_0), vLLM (fp8 e4m3/e5m2 with scales) and mistral.rs
    -- (fp8 e4m3) store, at the head dims those models use, on the SIMD ISAs
    -- a serving machine has. No scalar variants: without SIMD the generic
    -- kernel is as fast, and every variant costs compile time in each build.
    { head_dims = { 64, 128, 256 }, dtypes = { "q8_0", "q4_0", "fp8_e4m3", "fp8_e5m2" },
      isas = { "avx2", "avx512", "neon" } },
    -- Head dim 32 for small encoders (all-MiniLM-L6-v2 and the BERT-small
    -- family: 12 heads of 32), f32 and an f16 cache, on the SIMD ISAs a
    -- machine that runs them has; python/tests/test_minilm.py checks that the
    -- model's attention runs them. No scalar variants (the generic kernel is
    -- as fast without SIMD) and no bf16 dot-product ones: each variant costs
    -- compile time in every build.
    { head_dims = { 32 }, dtypes = { "f32", "f16" }, isas = { "avx2", "avx512", "neon" } },
  },
}
