-- Storage format f16: IEEE binary16, widened to f32 as it is loaded (F16C,
-- FCVTL, or the portable conversion of runtime/kernel.h).
-- K and V rows are widened into f32 L1 buffers once per block (packed),
-- except K where an ISA multiplies f16 pairs directly (its hdot).

local M = {}

M.name = "f16"
M.order = 2
M.enum = "ATTNFORGE_FORMAT_F16"
M.ctype = "uint16_t"
M.bytes = 2
M.widened = true
M.head_dim_multiple = 1
M.load = "afv_load_f16"
M.vocabulary = true -- its words are in every ISA header (masks are f16 too)

-- The load word for each ISA family (templates/isa/<isa>.lua's family),
-- emitted into generated/isa/<isa>.h (vocabulary).
M.words = {}
M.words.avx2 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_f16(const uint16_t *p)
{
    return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(const void *)p));
}
]]
M.words.avx512 = [[
static inline AF_UNUSED AF_TARGET afv afv_load_f16(const uint16_t *p)
{
    return _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(const void *)p));
}
]]
M.words.neon = [[
static inline AF_UNUSED afv afv_load_f16(const uint16_t *p)
{
    return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p)));
}
]]
M.words.scalar = [[
static inline AF_UNUSED afv afv_load_f16(const uint16_t *p) { return af_f16_to_f32(*p); }
]]

-- The store word of f16 as an output format (O): W f32 lanes rounded to
-- nearest even, bitwise af_f32_to_f16 of runtime/kernel.h (NaN stays a quiet
-- NaN with its payload's top bits, overflow goes to Inf, subnormals round
-- exactly). Emitted into every ISA header (templates/isa.h.in) for the
-- ISA's output-row store (templates/math.c.in).
M.out_words = {}
M.out_words.avx2 = [[
static inline AF_UNUSED AF_TARGET void afv_store_f16(uint16_t *p, afv v)
{
    _mm_storeu_si128((__m128i *)(void *)p, _mm256_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}
]]
M.out_words.avx512 = [[
static inline AF_UNUSED AF_TARGET void afv_store_f16(uint16_t *p, afv v)
{
    _mm256_storeu_si256((__m256i *)(void *)p, _mm512_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}
]]
M.out_words.neon = [[
static inline AF_UNUSED void afv_store_f16(uint16_t *p, afv v)
{
    vst1_u16(p, vreinterpret_u16_f16(vcvt_f16_f32(v)));
}
]]
M.out_words.scalar = [[
static inline AF_UNUSED void afv_store_f16(uint16_t *p, afv v) { *p = af_f32_to_f16(v); }
]]

return M
