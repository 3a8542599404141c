-- Storage format q8_0: ggml's block_q8_0, a cache format (K and V only).
-- 32 elements per 34-byte block: an f16 scale d, then 32 int8 codes q;
-- element = d * q (SPEC.md "Storage formats"). Rows are dequantized into the
-- f32 L1 buffers of the kernels once per key block: sign-extend 8 -> 32 bits,
-- convert, one multiply by the block's d (the product SPEC defines, so the
-- generic kernel and these agree bit for bit). Q is never rounded to int8
-- (an int8 dot product, e.g. vpdpbusd, would need that), so the f32 FMAs of
-- the widened formats do the arithmetic.

local M = {}

M.name = "q8_0"
M.order = 4
M.enum = "ATTNFORGE_FORMAT_Q8_0"
M.ctype = "uint8_t"   -- rows are addressed in bytes
M.block = 32          -- elements per block
M.block_bytes = 34
M.widened = true
M.cache_only = true   -- K/V only: never a Q or O format
M.head_dim_multiple = 32

-- One block's vectors: `afv_q8_0_d(blk)` the broadcast scale, then
-- `afv_q8_0_q(blk, off)` the W codes at element `off` of the block as f32.
M.block_words = { scale = "afv_q8_0_d", code = "afv_q8_0_q" }

M.words = {}
M.words.avx2 = [[
static inline AF_UNUSED AF_TARGET afv afv_q8_0_d(const uint8_t *blk)
{
    /* as in the AVX-512 version: vcvtph2ps from a plain load, then a broadcast */
    return _mm256_broadcastss_ps(_mm_cvtph_ps(_mm_loadl_epi64((const __m128i *)(const void *)blk)));
}
static inline AF_UNUSED AF_TARGET afv afv_q8_0_q(const uint8_t *blk, int off)
{
    const __m128i b = _mm_loadl_epi64((const __m128i *)(const void *)(blk + 2 + off));
    return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(b));
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_q8_0_d(const uint8_t *blk)
{
    /* vcvtph2ps from a plain 8-byte load (d, then codes that are ignored; inside
     * the block) and one broadcast: _cvtsh_ss's vpinsrw cost a port-5 uop more */
    return _mm512_broadcastss_ps(_mm_cvtph_ps(_mm_loadl_epi64((const __m128i *)(const void *)blk)));
}
static inline AF_UNUSED AF_TARGET afv afv_q8_0_q(const uint8_t *blk, int off)
{
    const __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(blk + 2 + off));
    return _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(b));
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_q8_0_d(const uint8_t *blk)
{
    uint16_t h;
    memcpy(&h, blk, 2);
    return vdupq_n_f32(vgetq_lane_f32(vcvt_f32_f16(vreinterpret_f16_u16(vdup_n_u16(h))), 0));
}
static inline AF_UNUSED afv afv_q8_0_q(const uint8_t *blk, int off)
{
    int32_t w;
    memcpy(&w, blk + 2 + off, 4);
    const int16x8_t x = vmovl_s8(vreinterpret_s8_s32(vdup_n_s32(w)));
    return vcvtq_f32_s32(vmovl_s16(vget_low_s16(x)));
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_q8_0_d(const uint8_t *blk) { return af_f16_to_f32((uint16_t)(blk[0] | blk[1] << 8)); }
static inline AF_UNUSED afv afv_q8_0_q(const uint8_t *blk, int off) { return (float)(int8_t)blk[2 + off]; }
]]

return M
