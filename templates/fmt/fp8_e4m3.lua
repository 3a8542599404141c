-- Storage format fp8_e4m3: OCP FP8 E4M3FN (bias 7, no infinities, S.1111.111
-- is NaN), a cache format (K and V only), one byte per element, multiplied by
-- the tensor's or the KV head's f32 scale (SPEC.md "Storage formats").
-- Decoded in the integer domain without denormal f32 intermediates (so a
-- caller's DAZ/FTZ mode cannot change a value): normal codes are rebiased in
-- the exponent field (<< 20, + 120 << 23), subnormal codes (exponent 0) are
-- m * 2^-9 through an int -> float conversion, then the NaN code and the
-- sign. Exact, so the product with the scale is SPEC's product.

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
    const __m256i x = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(const void *)p));
    const __m256i mag = _mm256_and_si256(x, _mm256_set1_epi32(0x7f));
    const __m256 norm = _mm256_castsi256_ps(_mm256_add_epi32(_mm256_slli_epi32(mag, 20),
                                                             _mm256_set1_epi32(120 << 23)));
    const __m256 sub = _mm256_mul_ps(_mm256_cvtepi32_ps(mag), _mm256_set1_ps(0x1p-9f));
    __m256 v = _mm256_blendv_ps(norm, sub, _mm256_castsi256_ps(_mm256_cmpgt_epi32(_mm256_set1_epi32(8), mag)));
    v = _mm256_blendv_ps(v, _mm256_set1_ps(NAN),
                         _mm256_castsi256_ps(_mm256_cmpeq_epi32(mag, _mm256_set1_epi32(0x7f))));
    const __m256i sign = _mm256_slli_epi32(_mm256_and_si256(x, _mm256_set1_epi32(0x80)), 24);
    return _mm256_or_ps(v, _mm256_castsi256_ps(sign));
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_e4m3(const uint8_t *p)
{
    const __m512i x = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i *)(const void *)p));
    const __m512i mag = _mm512_and_si512(x, _mm512_set1_epi32(0x7f));
    const __m512 norm = _mm512_castsi512_ps(_mm512_add_epi32(_mm512_slli_epi32(mag, 20),
                                                             _mm512_set1_epi32(120 << 23)));
    const __m512 sub = _mm512_mul_ps(_mm512_cvtepi32_ps(mag), _mm512_set1_ps(0x1p-9f));
    __m512 v = _mm512_mask_blend_ps(_mm512_cmplt_epi32_mask(mag, _mm512_set1_epi32(8)), norm, sub);
    v = _mm512_mask_blend_ps(_mm512_cmpeq_epi32_mask(mag, _mm512_set1_epi32(0x7f)), v, _mm512_set1_ps(NAN));
    const __m512i sign = _mm512_slli_epi32(_mm512_and_si512(x, _mm512_set1_epi32(0x80)), 24);
    return _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(v), sign));
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_load_e4m3(const uint8_t *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    const uint32x4_t x = vmovl_u16(vget_low_u16(vmovl_u8(vreinterpret_u8_u32(vdup_n_u32(w)))));
    const uint32x4_t mag = vandq_u32(x, vdupq_n_u32(0x7f));
    const float32x4_t norm = vreinterpretq_f32_u32(vaddq_u32(vshlq_n_u32(mag, 20), vdupq_n_u32(120u << 23)));
    const float32x4_t sub = vmulq_f32(vcvtq_f32_u32(mag), vdupq_n_f32(0x1p-9f));
    float32x4_t v = vbslq_f32(vcltq_u32(mag, vdupq_n_u32(8)), sub, norm);
    v = vbslq_f32(vceqq_u32(mag, vdupq_n_u32(0x7f)), vdupq_n_f32(NAN), v);
    const uint32x4_t sign = vshlq_n_u32(vandq_u32(x, vdupq_n_u32(0x80)), 24);
    return vreinterpretq_f32_u32(vorrq_u32(vreinterpretq_u32_f32(v), sign));
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_load_e4m3(const uint8_t *p) { return af_e4m3_to_f32(*p); }
]]

return M
