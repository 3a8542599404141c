-- Storage format bf16: bfloat16 (the top half of an f32), widened by a 16-bit
-- shift as it is loaded.
-- K and V rows are widened into f32 L1 buffers once per block (packed),
-- except K where an ISA multiplies bf16 pairs directly (its hdot).

local M = {}

M.name = "bf16"
M.order = 3
M.enum = "ATTNFORGE_FORMAT_BF16"
M.ctype = "uint16_t"
M.bytes = 2
M.widened = true
M.head_dim_multiple = 1
M.load = "afv_load_bf16"

-- The load word for each ISA family (templates/isa/<isa>.lua's family),
-- emitted into generated/isa/<isa>_bf16.h.
M.words = {}
M.words.avx2 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_bf16(const uint16_t *p)
{
    __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(const void *)p));
    return _mm256_castsi256_ps(_mm256_slli_epi32(w, 16));
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_bf16(const uint16_t *p)
{
    __m512i w = _mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)(const void *)p));
    return _mm512_castsi512_ps(_mm512_slli_epi32(w, 16));
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_load_bf16(const uint16_t *p)
{
    return vreinterpretq_f32_u32(vshll_n_u16(vld1_u16(p), 16));
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_load_bf16(const uint16_t *p) { return af_bf16_to_f32(*p); }
]]

-- The store word of bf16 as an output format (O): W f32 lanes rounded to
-- nearest even in the integer domain, bitwise af_f32_to_bf16 of
-- runtime/kernel.h (a NaN keeps its top bits and is made quiet). Emitted into
-- every ISA header (templates/isa.h.in) for the ISA's output-row store
-- (templates/math.c.in).
M.out_words = {}
M.out_words.avx2 = [[
static inline AF_UNUSED AF_TARGET void afv_store_bf16(uint16_t *p, afv v)
{
    const __m256i u = _mm256_castps_si256(v), one = _mm256_set1_epi32(1);
    const __m256i up = _mm256_srli_epi32(u, 16);
    const __m256i rne = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(u, _mm256_set1_epi32(0x7fff)),
                                                           _mm256_and_si256(up, one)), 16);
    const __m256i nan = _mm256_cmpgt_epi32(_mm256_and_si256(u, _mm256_set1_epi32(0x7fffffff)),
                                           _mm256_set1_epi32(0x7f800000));
    const __m256i r = _mm256_blendv_epi8(rne, _mm256_or_si256(up, _mm256_set1_epi32(0x40)), nan);
    /* 32-bit lanes to 16: packus works within 128-bit halves, then the
     * halves' low quadwords are brought together */
    const __m256i w = _mm256_permute4x64_epi64(_mm256_packus_epi32(r, r), 0xd8);
    _mm_storeu_si128((__m128i *)(void *)p, _mm256_castsi256_si128(w));
}
]]
M.out_words.avx512 = [[
static inline AF_UNUSED AF_TARGET void afv_store_bf16(uint16_t *p, afv v)
{
    const __m512i u = _mm512_castps_si512(v), up = _mm512_srli_epi32(u, 16);
    const __m512i rne = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7fff)),
                                                           _mm512_and_si512(up, _mm512_set1_epi32(1))), 16);
    const __mmask16 nan = _mm512_cmpgt_epi32_mask(_mm512_and_si512(u, _mm512_set1_epi32(0x7fffffff)),
                                                  _mm512_set1_epi32(0x7f800000));
    const __m512i r = _mm512_mask_mov_epi32(rne, nan, _mm512_or_si512(up, _mm512_set1_epi32(0x40)));
    _mm256_storeu_si256((__m256i *)(void *)p, _mm512_cvtepi32_epi16(r));
}
]]
M.out_words.neon = [[
static inline AF_UNUSED void afv_store_bf16(uint16_t *p, afv v)
{
    const uint32x4_t u = vreinterpretq_u32_f32(v), up = vshrq_n_u32(u, 16);
    const uint32x4_t rne = vshrq_n_u32(vaddq_u32(vaddq_u32(u, vdupq_n_u32(0x7fff)), vandq_u32(up, vdupq_n_u32(1))), 16);
    const uint32x4_t nan = vcgtq_u32(vandq_u32(u, vdupq_n_u32(0x7fffffff)), vdupq_n_u32(0x7f800000));
    vst1_u16(p, vmovn_u32(vbslq_u32(nan, vorrq_u32(up, vdupq_n_u32(0x40)), rne)));
}
]]
M.out_words.scalar = [[
static inline AF_UNUSED void afv_store_bf16(uint16_t *p, afv v) { *p = af_f32_to_bf16(v); }
]]

return M
