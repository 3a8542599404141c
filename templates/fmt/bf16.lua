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

return M
