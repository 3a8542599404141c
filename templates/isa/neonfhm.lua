-- ISA vocabulary: AArch64 NEON plus FEAT_FHM (FMLAL/FMLAL2: f16 x f16
-- products added exactly-once-rounded into f32 lanes). Everything of neon.lua,
-- plus a 16-bit dot-product step that the templates use for the QK^T part of
-- f16 kernels only: Q and K stay f16 (no widening pass), accumulation is f32,
-- as SPEC.md requires. P*V stays f32 (V is widened as in neon.lua).
-- Built with gcc's target attribute (arch=armv8.2-a+fp16fml); clang 14 has no
-- per-function target for these intrinsics, so with clang the file compiles
-- to nothing and the plain NEON variant serves f16. Run-time check:
-- HWCAP_ASIMDFHM (Linux), hw.optional.arm.FEAT_FHM (macOS).

local base = require("neon")
local M = {}
for k, v in pairs(base) do M[k] = v end

M.name = "neonfhm"
M.token = "NEONFHM"
M.cpu = { "arm_asimd", "arm_asimdfhm" }
M.abi = 7
M.rank = 3 -- equal to neonbf16: each serves one dtype, so they never compete
M.doc = "NEON plus FEAT_FHM (FMLAL) for f16 QK^T"
M.target = "arch=armv8.2-a+fp16fml"
M.guard = "defined(__aarch64__) && !defined(__clang__)"
M.dtypes = { f16 = true } -- this ISA is only generated for the f16 dtype
M.hdot = { dtypes = { f16 = true }, step = 8, insn = "FMLAL/FMLAL2",
           fn = { f16 = "afv_dot_f16" }, fn_half = { f16 = "afv_dot_f16_4" } }

M.prelude = base.prelude .. [[

/* acc[i] += a[i] b[i] + a[4 + i] b[4 + i], 8 f16 values, f32 accumulation */
static inline AF_UNUSED AF_TARGET afv afv_dot_f16(afv acc, const uint16_t *a, const uint16_t *b)
{
    const float16x8_t x = vreinterpretq_f16_u16(vld1q_u16(a)), y = vreinterpretq_f16_u16(vld1q_u16(b));
    return vfmlalq_high_f16(vfmlalq_low_f16(acc, x, y), x, y);
}
/* the same over 4 values */
static inline AF_UNUSED AF_TARGET afv afv_dot_f16_4(afv acc, const uint16_t *a, const uint16_t *b)
{
    const float16x8_t x = vreinterpretq_f16_u16(vcombine_u16(vld1_u16(a), vdup_n_u16(0)));
    const float16x8_t y = vreinterpretq_f16_u16(vcombine_u16(vld1_u16(b), vdup_n_u16(0)));
    return vfmlalq_low_f16(acc, x, y);
}
]]

return M
