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

return M
