-- ISA vocabulary: AVX-512 + AVX512-BF16 + AMX-BF16 (Intel Sapphire Rapids and
-- later). Everything of avx512bf16.lua (decode is the same code), plus Intel
-- AMX tiles for the prefill of bf16 kernels (templates/prefill_amx.c.in):
-- QK^T and P*V as TDPBF16PS tile products, 16 x 16 f32 results from 16 x 32
-- bf16 by 32 x 16 bf16 operands in one instruction. Q and K multiply exactly
-- (bf16 products are exact in f32, as with vdpbf16ps); P is split into three
-- bf16 terms (hi + mid + lo carry 24 bits, f32's precision), so P*V keeps
-- SPEC's 1e-5 bound. The OS must grant the tile state (Linux:
-- arch_prctl(ARCH_REQ_XCOMP_PERM), asked once by runtime/dispatch.c); without
-- it the feature is not reported and dispatch takes avx512bf16.

local base = require("avx512bf16")
local M = {}
for k, v in pairs(base) do M[k] = v end

M.name = "avx512amx"
M.token = "AVX512AMX"
M.target = base.target .. ",amx-tile,amx-bf16"
M.cpu = { "x86_amx_bf16" }
for i = #base.cpu, 1, -1 do table.insert(M.cpu, 1, base.cpu[i]) end
M.abi = 9
M.rank = 5
M.doc = "AVX-512 and AVX512-BF16 plus AMX-BF16 tiles for the prefill (bf16; f32 and f16 split into bf16 terms)"
-- Decode widens bf16 to f32 as avx512.lua does rather than use vdpbf16ps:
-- on the Intel cores with AMX (Sapphire Rapids, Emerald Rapids) vdpbf16ps
-- runs at half the FMA rate (this project's Xeon, model 207: bf16 dot probe
-- 245 GFLOP/s, f32 FMA 493), and the widened decode measured 1.02-1.08x
-- faster (Llama 3.2 3B and GPT-2, Skv 4096 and 32768, 2 threads). Q must
-- still be bf16 (the registry's q_exact: the AMX prefill reads it as is).
M.hdot_decode = false
-- whether a variant's prefill takes the AMX form, templates/prefill_amx.c.in
-- (kernel.c.in's AMX; the generator's registry flag .copy_rows: that prefill
-- reads K rows in place as tile operands, so a strided cache is worth a
-- packed copy, runtime/plan.c; not for the split form below): bf16, f32 and
-- f16 with Dk and Dv whole multiples of 32 (a tile row holds 32 bf16); other
-- head dims keep the outer-product prefill
function M.amx_prefill(dtype, Dk, Dv)
  return (M.hdot.dtypes[dtype] == true or M.amx_split[dtype] == true) and Dk % 32 == 0 and Dv % 32 == 0
end
-- f32 and f16 take the AMX prefill too, their values split into three bf16
-- terms each (templates/prefill_amx_split.c.in: six tile products where bf16
-- takes one, exact to f32's precision); f16 rows are widened to f32 first, so
-- that a long f16 prefill widened per call (runtime/plan.c) runs this ISA's
-- f32 kernel with the same result. Their decode is avx512's.
M.amx_split = { f32 = true, f16 = true }
M.dtypes = { bf16 = true, f32 = true, f16 = true }

return M
