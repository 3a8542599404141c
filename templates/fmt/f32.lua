-- Storage format f32: IEEE binary32, the arithmetic type itself. Rows need
-- no conversion; the kernels still copy them into the block buffers where
-- several query rows reuse them (prefill; decode under GQA), since cache
-- rows a multiple of 4 KiB apart share L1 sets. MHA decode reads them in place.

local M = {}

M.name = "f32"
M.order = 1           -- position on the format axis (file and registry order)
M.enum = "ATTNFORGE_FORMAT_F32" -- the public attnforge_format value
M.ctype = "float"     -- C type of one stored element
M.bytes = 4       -- bytes per element (prefetch spans a row of D * bytes)
M.widened = false     -- loads are plain f32 loads: packing is a choice, not a need
M.head_dim_multiple = 1
M.load = "afv_load"   -- vocabulary word: W elements -> W f32 lanes
M.words = {}          -- nothing beyond the ISA's vocabulary

return M
