-- Names of generated things, shared by gen/attnforge-gen.lua and
-- gen/amalgamate.lua: a kernel's file name and symbols carry the same tokens
-- (dtype, head dims, ISA), so each can be derived from the other.
local M = {}

-- Paths are relative to the generated directory.
function M.variant(dtype, dk, dv, isa)
  local base = string.format("attnforge_%s_dk%d_dv%d", dtype, dk, dv)
  return {
    dtype = dtype, dk = dk, dv = dv, isa = isa,
    file = string.format("%s/%s__%s.c", dtype, base, isa),
    decode_fn = string.format("%s_decode__%s", base, isa),
    prefill_fn = string.format("%s_prefill__%s", base, isa),
    -- an f32 prefill for values of 16 significant bits or fewer (f16 or bf16
    -- ones widened), where the variant has one (the AMX split form)
    prefill_narrow_fn = string.format("%s_prefill_narrow__%s", base, isa),
    -- one K or V row widened to f32 (formats other than f32, no 16-bit dot)
    widen_fn = string.format("%s_widen__%s", base, isa),
    tag = string.format("%s_dk%d_dv%d_%s", dtype, dk, dv, isa),
  }
end

-- The variant a kernel file holds, or nil for any other path.
function M.parse_file(path)
  local dtype, dk, dv, isa = path:match("attnforge_([%w_]-)_dk(%d+)_dv(%d+)__(%w+)%.c$")
  if not dtype then return nil end
  return M.variant(dtype, tonumber(dk), tonumber(dv), isa)
end

function M.isa_header(isa) return "isa/" .. isa .. ".h" end
function M.pair_header(isa, dtype) return "isa/" .. isa .. "_" .. dtype .. ".h" end
function M.math_file(isa) return "math/attnforge_math__" .. isa .. ".c" end

-- Templates name their file-scope helpers by scope: afv_* / afv / afm and
-- afh_* / afh (the ISA vocabulary; afh: a 16-bit dot product's pair vector)
-- and AF_TARGET, afp_* (ISA x dtype helpers) and afk_* (one
-- variant's helpers). This gives each name the suffix of its scope, so no two
-- generated files define the same name and all of them can share one
-- translation unit (the amalgamation concatenates them).
function M.scope(text, isa, dtype, tag)
  return (text:gsub("[%a_][%w_]*", function(id)
    if id == "AF_TARGET" then return "AF_TARGET_" .. isa:upper() end
    if id == "afv" or id == "afm" or id == "afh" then return id .. "_" .. isa end
    local p, rest = id:match("^(af[vmpkh])_([%w_]+)$")
    if p == "afv" or p == "afm" or p == "afh" then return p .. "_" .. isa .. "_" .. rest end
    if p == "afp" then return "afp_" .. isa .. "_" .. assert(dtype, id) .. "_" .. rest end
    if p == "afk" then return "afk_" .. assert(tag, id) .. "_" .. rest end
    return nil
  end))
end

return M
