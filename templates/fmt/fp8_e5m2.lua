-- Storage format fp8_e5m2: OCP FP8 E5M2 (the upper byte of an IEEE binary16),
-- a cache format (K and V only), one byte per element, multiplied by the
-- tensor's or the KV head's f32 scale (SPEC.md "Storage formats"). Decoded
-- as the f16 it is the top half of: byte << 8, then the f16 conversion
-- (F16C, FCVTL), exact; then the product with the scale.

local M = {}

M.name = "fp8_e5m2"
M.order = 7
M.enum = "ATTNFORGE_FORMAT_FP8_E5M2"
M.ctype = "uint8_t"
M.bytes = 1
M.widened = true
M.cache_only = true
M.scaled = true
M.head_dim_multiple = 1
M.load = "afv_load_e5m2"

M.words = {}
M.words.avx2 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_e5m2(const uint8_t *p)
{
    const __m128i x = _mm_cvtepu8_epi16(_mm_loadl_epi64((const __m128i *)(const void *)p));
    return _mm256_cvtph_ps(_mm_slli_epi16(x, 8));
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_e5m2(const uint8_t *p)
{
    const __m256i x = _mm256_cvtepu8_epi16(_mm_loadu_si128((const __m128i *)(const void *)p));
    return _mm512_cvtph_ps(_mm256_slli_epi16(x, 8));
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_load_e5m2(const uint8_t *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    const uint16x4_t x = vget_low_u16(vmovl_u8(vreinterpret_u8_u32(vdup_n_u32(w))));
    return vcvt_f32_f16(vreinterpret_f16_u16(vshl_n_u16(x, 8)));
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_load_e5m2(const uint8_t *p) { return af_e5m2_to_f32(*p); }
]]

return M
