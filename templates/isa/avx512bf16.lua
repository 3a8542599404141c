-- ISA vocabulary: AVX-512 F/BW/VL + AVX512_BF16. Everything of avx512.lua,
-- plus a bf16 dot-product step (vdpbf16ps) that the templates use for the
-- QK^T part of bf16 kernels only: Q and K stay in bf16 (no conversion), each
-- instruction multiplies 32 bf16 pairs exactly and adds them into 16 f32
-- lanes. P*V stays in f32 for accuracy (V is widened as in avx512).
-- Prefill's QK^T takes the outer-product form with it (hdot.outer): 16 query
-- rows' pairs of Q elements in one vector against one broadcast pair of a
-- key's elements, twice the elements per instruction of the f32 FMA form.

local base = require("avx512")
local M = {}
for k, v in pairs(base) do M[k] = v end

M.name = "avx512bf16"
M.token = "AVX512BF16"
M.target = base.target .. ",avx512bf16"
M.cpu = { "x86_avx512_bf16" }
for i = #base.cpu, 1, -1 do table.insert(M.cpu, 1, base.cpu[i]) end
M.abi = 6
M.rank = 4
M.doc = "AVX-512 plus AVX512-BF16 dot products"
-- 16-bit dot product for bf16: 32 values (16 pairs) per call, a 16-value
-- variant for a Dk that is an odd multiple of 16.
M.hdot = { dtypes = { bf16 = true }, step = 32, insn = "vdpbf16ps",
           fn = { bf16 = "afv_dot_bf16" }, fn_half = { bf16 = "afv_dot_bf16_16" },
           -- outer-product form (templates/prefill.c.in): the vector type of
           -- W pairs, its load, and acc += pairs x one broadcast pair
           outer = { type = "afh", load = "afh_load", dot = "afh_dot_bcast" } }
M.dtypes = { bf16 = true } -- this ISA is only generated for the bf16 dtype

M.prelude = base.prelude .. [[

/* acc += sum over pairs of a[2i] * b[2i] + a[2i+1] * b[2i+1], 32 bf16 values */
static inline AF_UNUSED AF_TARGET afv afv_dot_bf16(afv acc, const uint16_t *a, const uint16_t *b)
{
    return _mm512_dpbf16_ps(acc, (__m512bh)_mm512_loadu_si512(a), (__m512bh)_mm512_loadu_si512(b));
}
/* the same over 16 values (the upper half of both operands is zero) */
static inline AF_UNUSED AF_TARGET afv afv_dot_bf16_16(afv acc, const uint16_t *a, const uint16_t *b)
{
    return _mm512_dpbf16_ps(acc, (__m512bh)_mm512_maskz_loadu_epi16(0xffff, a),
                            (__m512bh)_mm512_maskz_loadu_epi16(0xffff, b));
}
/* the outer-product form: 16 pairs (one per lane), and
 * acc[i] += a[2i] * b[0] + a[2i+1] * b[1] with the pair b broadcast */
typedef __m512bh afh;
static inline AF_UNUSED AF_TARGET afh afh_load(const uint16_t *p) { return (__m512bh)_mm512_loadu_si512(p); }
static inline AF_UNUSED AF_TARGET afv afh_dot_bcast(afv acc, afh a, const uint16_t *b)
{
    uint32_t w;
    memcpy(&w, b, sizeof w);
    return _mm512_dpbf16_ps(acc, a, (__m512bh)_mm512_set1_epi32((int)w));
}
]]

return M
