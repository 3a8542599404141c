-- ISA vocabulary: AArch64 NEON plus FEAT_BF16 (BFDOT: pairs of bf16 products
-- summed into f32 lanes). Everything of neon.lua, plus a bf16 dot-product step
-- that the templates use for the QK^T part of bf16 kernels only: Q and K stay
-- bf16 (no widening pass). P*V stays f32 (V is widened as in neon.lua). Like
-- vdpbf16ps on x86, BFDOT does not round its intermediate sums as IEEE f32
-- additions would (and flushes denormals): the f32 tolerance against the
-- generic kernel holds for bf16 data (tests/test_variants.c), and a tile
-- whose Q a flushed product would get wrong goes to the call's exact kernel
-- (kernel.c.in, QFLUSH).
-- Built with gcc's target attribute (arch=armv8.2-a+bf16); with clang 14 the
-- file compiles to nothing and the plain NEON variant serves bf16. Run-time
-- check: HWCAP2_BF16 (Linux), hw.optional.arm.FEAT_BF16 (macOS).

local base = require("neon")
local M = {}
for k, v in pairs(base) do M[k] = v end

M.name = "neonbf16"
M.token = "NEONBF16"
M.cpu = { "arm_asimd", "arm_bf16" }
M.abi = 8
M.rank = 3
M.doc = "NEON plus FEAT_BF16 (BFDOT) for bf16 QK^T"
M.target = "arch=armv8.2-a+bf16"
M.guard = "defined(__aarch64__) && !defined(__clang__)"
M.dtypes = { bf16 = true } -- this ISA is only generated for the bf16 dtype
M.hdot = { dtypes = { bf16 = true }, step = 8, insn = "BFDOT",
           fn = { bf16 = "afv_dot_bf16" }, fn_half = { bf16 = "afv_dot_bf16_4" } }

M.prelude = base.prelude .. [[

/* acc[i] += a[2i] b[2i] + a[2i + 1] b[2i + 1], 8 bf16 values */
static inline AF_UNUSED AF_TARGET afv afv_dot_bf16(afv acc, const uint16_t *a, const uint16_t *b)
{
    return vbfdotq_f32(acc, vreinterpretq_bf16_u16(vld1q_u16(a)), vreinterpretq_bf16_u16(vld1q_u16(b)));
}
/* the same over 4 values (the upper half of both operands is zero) */
static inline AF_UNUSED AF_TARGET afv afv_dot_bf16_4(afv acc, const uint16_t *a, const uint16_t *b)
{
    return vbfdotq_f32(acc, vreinterpretq_bf16_u16(vcombine_u16(vld1_u16(a), vdup_n_u16(0))),
                       vreinterpretq_bf16_u16(vcombine_u16(vld1_u16(b), vdup_n_u16(0))));
}
]]

return M
