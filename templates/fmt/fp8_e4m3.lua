-- Storage format fp8_e4m3: OCP FP8 E4M3FN (bias 7, no infinities, S.1111.111
-- is NaN), a cache format (K and V only), one byte per element, multiplied by
-- the tensor's or the KV head's f32 scale (SPEC.md "Storage formats").
-- Decoded through f16 (exact, and F16C/FCVTL do the work): sign-extend the
-- byte to 16 bits and shift left by 7, which puts the mantissa and the
-- exponent where an f16 keeps them and copies the sign into bits 14 and 15;
-- clearing bit 14 (& 0xbf80) leaves the f16 whose value is the E4M3 value
-- times 2^-8 (biases 15 and 7; subnormals included, no f32 subnormal on the
-- way, so a caller's DAZ/FTZ mode cannot change a value). Convert, times
-- 2^8, and the NaN code (magnitude bits all ones) made NaN. Exact, so the
-- product with the scale is SPEC's product.

local M = {}

M.name = "fp8_e4m3"
M.order = 6
M.enum = "ATTNFORGE_FORMAT_FP8_E4M3"
M.ctype = "uint8_t"
M.bytes = 1
M.widened = true
M.cache_only = true
M.scaled = true       -- element = decoded value * scale (af_kv_scale)
M.head_dim_multiple = 1
M.load = "afv_load_e4m3"

M.words = {}
M.words.avx2 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_e4m3(const uint8_t *p)
{
    const __m128i h = _mm_and_si128(_mm_slli_epi16(_mm_cvtepi8_epi16(_mm_loadl_epi64((const __m128i *)(const void *)p)), 7),
                                    _mm_set1_epi16((short)0xbf80));
    const __m128i nan = _mm_cmpeq_epi16(_mm_and_si128(h, _mm_set1_epi16(0x3f80)), _mm_set1_epi16(0x3f80));
    const __m256 v = _mm256_mul_ps(_mm256_cvtph_ps(h), _mm256_set1_ps(256.0f));
    return _mm256_blendv_ps(v, _mm256_set1_ps(NAN), _mm256_castsi256_ps(_mm256_cvtepi16_epi32(nan)));
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_e4m3(const uint8_t *p)
{
    const __m256i h = _mm256_and_si256(_mm256_slli_epi16(_mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *)(const void *)p)), 7),
                                       _mm256_set1_epi16((short)0xbf80));
    const __mmask16 nan = _mm256_cmpeq_epi16_mask(_mm256_and_si256(h, _mm256_set1_epi16(0x3f80)), _mm256_set1_epi16(0x3f80));
    const __m512 v = _mm512_mul_ps(_mm512_cvtph_ps(h), _mm512_set1_ps(256.0f));
    return _mm512_mask_blend_ps(nan, v, _mm512_set1_ps(NAN));
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_load_e4m3(const uint8_t *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    const int16x4_t x = vget_low_s16(vmovl_s8(vreinterpret_s8_u32(vdup_n_u32(w))));
    const uint16x4_t h = vand_u16(vreinterpret_u16_s16(vshl_n_s16(x, 7)), vdup_n_u16(0xbf80));
    const uint16x4_t nan = vceq_u16(vand_u16(h, vdup_n_u16(0x3f80)), vdup_n_u16(0x3f80));
    const float32x4_t v = vmulq_n_f32(vcvt_f32_f16(vreinterpret_f16_u16(h)), 256.0f);
    return vbslq_f32(vreinterpretq_u32_s32(vmovl_s16(vreinterpret_s16_u16(nan))), vdupq_n_f32(NAN), v);
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_load_e4m3(const uint8_t *p) { return af_e4m3_to_f32(*p); }
]]

return M
