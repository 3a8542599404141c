-- Storage format q4_0: ggml's block_q4_0, a cache format (K and V only).
-- 32 elements per 18-byte block: an f16 scale d, then 16 bytes whose low
-- nibbles are elements 0..15 and high nibbles elements 16..31;
-- element = d * (nibble - 8) (SPEC.md "Storage formats"). Rows are
-- dequantized into the kernels' f32 L1 buffers once per key block: zero-extend
-- the bytes, mask or shift the nibble, subtract 8, convert, multiply by d.

local M = {}

M.name = "q4_0"
M.order = 5
M.enum = "ATTNFORGE_FORMAT_Q4_0"
M.ctype = "uint8_t"
M.block = 32
M.block_bytes = 18
M.widened = true
M.cache_only = true
M.head_dim_multiple = 32

M.block_words = { scale = "afv_q4_0_d", code = "afv_q4_0_q" }

-- afv_q4_0_q(blk, off): the W elements off .. off + W - 1 of the block, i.e.
-- the nibbles of bytes off % 16 .. (low half of the block: low nibbles).
M.words = {}
M.words.avx2 = [[
static inline AF_UNUSED AF_TARGET afv afv_q4_0_d(const uint8_t *blk)
{
    /* as in the AVX-512 version: vcvtph2ps from a plain load, then a broadcast */
    return _mm256_broadcastss_ps(_mm_cvtph_ps(_mm_loadl_epi64((const __m128i *)(const void *)blk)));
}
static inline AF_UNUSED AF_TARGET afv afv_q4_0_q(const uint8_t *blk, int off)
{
    __m256i x = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(const void *)(blk + 2 + off % 16)));
    if (off >= 16) x = _mm256_srli_epi32(x, 4);
    x = _mm256_sub_epi32(_mm256_and_si256(x, _mm256_set1_epi32(15)), _mm256_set1_epi32(8));
    return _mm256_cvtepi32_ps(x);
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_q4_0_d(const uint8_t *blk)
{
    /* vcvtph2ps from a plain 8-byte load (d, then codes that are ignored; inside
     * the block) and one broadcast: _cvtsh_ss's vpinsrw cost a port-5 uop more */
    return _mm512_broadcastss_ps(_mm_cvtph_ps(_mm_loadl_epi64((const __m128i *)(const void *)blk)));
}
static inline AF_UNUSED AF_TARGET afv afv_q4_0_q(const uint8_t *blk, int off)
{
    __m512i x = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(const void *)(blk + 2)));
    if (off >= 16) x = _mm512_srli_epi32(x, 4);
    x = _mm512_sub_epi32(_mm512_and_si512(x, _mm512_set1_epi32(15)), _mm512_set1_epi32(8));
    return _mm512_cvtepi32_ps(x);
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_q4_0_d(const uint8_t *blk)
{
    uint16_t h;
    memcpy(&h, blk, 2);
    return vdupq_n_f32(vgetq_lane_f32(vcvt_f32_f16(vreinterpret_f16_u16(vdup_n_u16(h))), 0));
}
static inline AF_UNUSED afv afv_q4_0_q(const uint8_t *blk, int off)
{
    uint32_t w;
    memcpy(&w, blk + 2 + off % 16, 4);
    uint32x4_t x = vmovl_u16(vget_low_u16(vmovl_u8(vreinterpret_u8_u32(vdup_n_u32(w)))));
    if (off >= 16) x = vshrq_n_u32(x, 4);
    const int32x4_t n = vsubq_s32(vreinterpretq_s32_u32(vandq_u32(x, vdupq_n_u32(15))), vdupq_n_s32(8));
    return vcvtq_f32_s32(n);
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_q4_0_d(const uint8_t *blk) { return af_f16_to_f32((uint16_t)(blk[0] | blk[1] << 8)); }
static inline AF_UNUSED afv afv_q4_0_q(const uint8_t *blk, int off)
{
    return (float)((int)((blk[2 + off % 16] >> (off >= 16 ? 4 : 0)) & 15) - 8);
}
]]

return M
