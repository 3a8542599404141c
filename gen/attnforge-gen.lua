#!/usr/bin/env lua5.4
-- attnforge kernel generator.
--
--   lua5.4 gen/attnforge-gen.lua [--head-dims 64,128,256,192:128,96]
--        [--dtypes f32,f16,bf16] [--isa all|NAME,...] [--out generated/]
--        [--public-header FILE] [--line-directives] [--quiet]
--
-- Without arguments it uses gen/manifest.lua and reproduces generated/ byte for
-- byte, and writes the ISA enum lines of runtime/attnforge.h (between its
-- marker comments; --public-header names another copy). The ISAs are the
-- modules in templates/isa/: each gives its name, its ABI enum value, its
-- dispatch rank and the CPU features it needs. Output:
--   <out>/isa/<isa>.h           the ISA's vocabulary and exp/tanh, once
--   <out>/isa/<isa>_<dtype>.h   gathering and the block softmax, once per pair
--   <out>/<dtype>/attnforge_<dtype>_dk<Dk>_dv<Dv>__<isa>.c   one variant: the
--                               helpers unrolled over its head dims, decode, prefill
--   <out>/math/attnforge_math__<isa>.c   exp and tanh test entries, the output-row store
--   <out>/registry.inc (X-macro lists) and <out>/sources.cmake
-- Every file-scope name carries its scope (gen/names.lua), so no two files
-- define the same name.
-- Deterministic (sorted, no dates); a file is written only when its text
-- changes; generated files the manifest no longer lists are deleted.

local script = arg and arg[0] or "gen/attnforge-gen.lua"
local gen_dir = script:match("^(.*)/[^/]+$") or "."
local root = gen_dir:match("^(.*)/[^/]+$") or (gen_dir == "." and ".." or ".")
if gen_dir == "gen" then root = "." end
local templates = root .. "/templates"
package.path = gen_dir .. "/?.lua;" .. templates .. "/isa/?.lua;" .. package.path

local template = require("template")
local names = require("names")
local vmath = dofile(templates .. "/vmath.lua")


local function die(msg)
  io.stderr:write("attnforge-gen: " .. msg .. "\n")
  os.exit(2)
end

local function split(s)
  local t = {}
  for item in s:gmatch("[^,;%s]+") do t[#t + 1] = item end
  return t
end

local function parse_dims(item)
  if type(item) == "number" then return { item, item } end
  if type(item) == "table" then return { item[1], item[2] } end
  local dk, dv = tostring(item):match("^(%d+):(%d+)$")
  if dk then return { tonumber(dk), tonumber(dv) } end
  local d = tostring(item):match("^(%d+)$")
  if d then return { tonumber(d), tonumber(d) } end
  die("bad head dim '" .. tostring(item) .. "' (want N or DK:DV)")
end

-- ---- command line --------------------------------------------------------
local manifest = dofile(gen_dir .. "/manifest.lua")
local opts = { out = root .. "/generated", line_directives = false, quiet = false,
               header = root .. "/runtime/attnforge.h" }
local out_given = false

-- Every ISA module, in ABI order (the order of the public enum).
local all_isas, ISA_ORDER = {}, {}
do
  local p = io.popen("ls -1 '" .. templates .. "/isa'")
  for f in p:lines() do
    local name = f:match("^([%w_]+)%.lua$")
    if name then all_isas[#all_isas + 1] = require(name) end
  end
  p:close()
  table.sort(all_isas, function(a, b) return a.abi < b.abi end)
  for i, m in ipairs(all_isas) do
    assert(m.name and m.token == m.name:upper() and m.abi and m.rank and m.cpu and m.doc,
      "templates/isa/" .. tostring(m.name) .. ".lua: name, token, abi, rank, cpu, doc")
    ISA_ORDER[m.name] = i
  end
end
local function isa_names() local t = {} for _, m in ipairs(all_isas) do t[#t + 1] = m.name end return t end

-- What the templates ask of a storage format module, derived from its fields
-- (templates/fmt/<name>.lua): a dense format names a load word (W elements
-- -> W f32 lanes), a block format (ggml's) its scale and code words.
--   units(x)     C expression: element offset or stride x in units of ctype
--   row_bytes(D) bytes of one row of D elements
--   emit_row(dst, src, D, W)  C statements that widen (dequantize) one row
--                into the f32 buffer dst; `vs` (an afv) is the scale of a
--                scaled format (fp8)
local function complete_format(m)
  if m.block then
    local per, bb = m.block, m.block_bytes
    m.units = function(x) return string.format("((%s) / %d * %d)", x, per, bb) end
    m.row_bytes = function(D) return D // per * bb end
    m.emit_row = function(dst, src, D, W)
      local L = {}
      for b = 0, D // per - 1 do
        local blk = string.format("%s + %d", src, b * bb)
        local xs, st = {}, {}
        for u = 0, per - 1, W do
          xs[#xs + 1] = string.format("x%d = afv_mul(d, %s(blk, %d))", u // W, m.block_words.code, u)
          st[#st + 1] = string.format("afv_store(%s + %d, x%d);", dst, b * per + u, u // W)
        end
        L[#L + 1] = string.format("{ const uint8_t *blk = %s; const afv d = %s(blk);", blk, m.block_words.scale)
        L[#L + 1] = "  const afv " .. table.concat(xs, ", ") .. ";"
        L[#L + 1] = "  " .. table.concat(st, " ") .. " }"
      end
      return L
    end
  else
    m.units = function(x) return x end
    m.row_bytes = function(D) return D * m.bytes end
    m.emit_row = function(dst, src, D, W)
      local L = {}
      for d = 0, D - 1, W do
        local x = string.format("%s(%s + %d)", m.load, src, d)
        if m.scaled then x = "afv_mul(" .. x .. ", vs)" end
        L[#L + 1] = string.format("afv_store(%s + %d, %s);", dst, d, x)
      end
      return L
    end
  end
  return m
end

-- Every storage format module (templates/fmt/<name>.lua), in axis order.
local formats, DTYPE_ORDER = {}, {}
do
  local p = io.popen("ls -1 '" .. templates .. "/fmt'")
  for f in p:lines() do
    if f:match("^[%w_]+%.lua$") then
      local m = dofile(templates .. "/fmt/" .. f)
      assert(m.name .. ".lua" == f and m.order and m.enum and m.ctype and m.head_dim_multiple
        and m.words and ((m.bytes and m.load) or (m.block and m.block_bytes and m.block_words)),
        "templates/fmt/" .. f .. ": a field is missing")
      formats[m.name] = complete_format(m)
      DTYPE_ORDER[m.name] = m.order
    end
  end
  p:close()
end
-- The manifest is a list of groups, each a product of head dims x dtypes x
-- ISAs; any of --head-dims / --dtypes / --isa replaces it by one group (the
-- axes not given: every value the manifest's groups name). With --narrow
-- they filter instead: each group keeps only the values the flags name on
-- each axis given (the variants of the manifest on those axes, e.g. its
-- avx2 and scalar kernels), and a group left empty on an axis is dropped.
local groups = manifest.groups or { manifest }
local flag_dims, flag_dtypes, flag_isas, narrow
local i = 1
while i <= #arg do
  local a = arg[i]
  local function val()
    i = i + 1
    if not arg[i] then die("missing value after " .. a) end
    return arg[i]
  end
  if a == "--head-dims" then flag_dims = split(val())
  elseif a == "--dtypes" then local v = val(); flag_dtypes = v == "all" and "all" or split(v)
  elseif a == "--isa" or a == "--isas" then
    local v = val()
    flag_isas = (v == "all") and "all" or split(v)
  elseif a == "--narrow" then narrow = true
  elseif a == "--out" then opts.out = val():gsub("/+$", ""); out_given = true
  elseif a == "--public-header" then opts.header = val(); out_given = false
  elseif a == "--line-directives" then opts.line_directives = true
  elseif a == "--quiet" or a == "-q" then opts.quiet = true
  elseif a == "--help" or a == "-h" then
    print("usage: lua5.4 gen/attnforge-gen.lua [--head-dims 64,128,192:128] [--dtypes f32,f16,bf16,q8_0,...]"
      .. " [--isa all|" .. table.concat(isa_names(), ",") .. "] [--narrow] [--out DIR] [--public-header FILE]"
      .. " [--line-directives] [--quiet]")
    os.exit(0)
  else die("unknown argument " .. a) end
  i = i + 1
end

-- ---- the variant list ----------------------------------------------------
local function dims_of(list)
  local dims, seen = {}, {}
  for _, item in ipairs(list) do
    local p = parse_dims(item)
    if p[1] < 1 or p[2] < 1 or p[1] > 1024 or p[2] > 1024 then die("head dim out of [1, 1024]") end
    local key = p[1] .. ":" .. p[2]
    if not seen[key] then seen[key] = true; dims[#dims + 1] = p end
  end
  -- (Dk, Dv) lexicographic: table.sort needs a strict weak order.
  table.sort(dims, function(a, b)
    if a[1] ~= b[1] then return a[1] < b[1] end
    return a[2] < b[2]
  end)
  return dims
end
local function uniq_sorted(list, order, what)
  local seen, out = {}, {}
  for _, x in ipairs(list) do
    if not order[x] then die("unknown " .. what .. " '" .. x .. "'") end
    if not seen[x] then seen[x] = true; out[#out + 1] = x end
  end
  table.sort(out, function(a, b) return order[a] < order[b] end)
  return out
end
local function dtypes_of(list)
  if list == "all" then
    list = {}
    for name in pairs(formats) do list[#list + 1] = name end
  end
  return uniq_sorted(list, DTYPE_ORDER, "dtype")
end
local function isas_of(list) return uniq_sorted(list == "all" and isa_names() or list, ISA_ORDER, "isa") end

-- each group normalized, then the union of every axis (for the records)
for gi, g in ipairs(groups) do
  groups[gi] = { dims = dims_of(g.head_dims), dtypes = dtypes_of(g.dtypes), isas = isas_of(g.isas) }
end
local function union(field, key, sort)
  local seen, out = {}, {}
  for _, g in ipairs(groups) do
    for _, x in ipairs(g[field]) do
      local k = key(x)
      if not seen[k] then seen[k] = true; out[#out + 1] = x end
    end
  end
  table.sort(out, sort)
  return out
end
local function dim_key(p) return p[1] == p[2] and tostring(p[1]) or (p[1] .. ":" .. p[2]) end
local function id(x) return x end
if narrow then
  if not (flag_dims or flag_dtypes or flag_isas) then die("--narrow needs --head-dims, --dtypes or --isa") end
  local function keep(list, flags, key)
    if not flags then return list end
    local want, out = {}, {}
    for _, x in ipairs(flags) do want[key(x)] = true end
    for _, x in ipairs(list) do if want[key(x)] then out[#out + 1] = x end end
    return out
  end
  local fd = flag_dims and dims_of(flag_dims)
  local ft = flag_dtypes and dtypes_of(flag_dtypes)
  local fi = flag_isas and isas_of(flag_isas)
  local narrowed = {}
  for _, g in ipairs(groups) do
    local n = { dims = keep(g.dims, fd, dim_key), dtypes = keep(g.dtypes, ft, id), isas = keep(g.isas, fi, id) }
    if #n.dims > 0 and #n.dtypes > 0 and #n.isas > 0 then narrowed[#narrowed + 1] = n end
  end
  if #narrowed == 0 then die("--narrow: the flags leave no variant of the manifest") end
  groups = narrowed
elseif flag_dims or flag_dtypes or flag_isas then
  local all_dims = {}
  for _, p in ipairs(union("dims", dim_key, function(a, b) return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2]) end)) do
    all_dims[#all_dims + 1] = dim_key(p)
  end
  groups = { {
    dims = dims_of(flag_dims or all_dims),
    dtypes = flag_dtypes and dtypes_of(flag_dtypes) or union("dtypes", id, function(a, b) return DTYPE_ORDER[a] < DTYPE_ORDER[b] end),
    isas = flag_isas and isas_of(flag_isas) or union("isas", id, function(a, b) return ISA_ORDER[a] < ISA_ORDER[b] end),
  } }
end
local dims = union("dims", dim_key, function(a, b) return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2]) end)
local dtypes = union("dtypes", id, function(a, b) return DTYPE_ORDER[a] < DTYPE_ORDER[b] end)
local isas = union("isas", id, function(a, b) return ISA_ORDER[a] < ISA_ORDER[b] end)
-- --out elsewhere (CMake's regeneration, tests) leaves the public header alone.
if out_given then opts.header = nil end

local isa_mod = {}
for _, name in ipairs(isas) do isa_mod[name] = require(name) end

-- Variants in (ISA, dtype, Dk, Dv) order, each once.
local variants, skipped, seen_variant = {}, {}, {}
for _, name in ipairs(isas) do
  local isa = isa_mod[name]
  for _, dt in ipairs(dtypes) do
    for _, p in ipairs(dims) do
      local dk, dv = p[1], p[2]
      local listed = false
      for _, g in ipairs(groups) do
        local has = { isa = false, dt = false, dim = false }
        for _, x in ipairs(g.isas) do has.isa = has.isa or x == name end
        for _, x in ipairs(g.dtypes) do has.dt = has.dt or x == dt end
        for _, x in ipairs(g.dims) do has.dim = has.dim or (x[1] == dk and x[2] == dv) end
        listed = listed or (has.isa and has.dt and has.dim)
      end
      -- each axis module constrains the product: the ISA its formats and
      -- vector width, the format its head dims
      local fmt, mult = formats[dt], formats[dt].head_dim_multiple
      if not listed or (isa.dtypes and not isa.dtypes[dt]) then
        -- not in any group, or by design (avx512bf16 exists for bf16 only): silent
      elseif dk % isa.W ~= 0 or dv % isa.W ~= 0 then
        skipped[#skipped + 1] = string.format("%s %s dk=%d dv=%d (head dims must be multiples of %d)",
          name, dt, dk, dv, isa.W)
      elseif dk % mult ~= 0 or dv % mult ~= 0 then
        skipped[#skipped + 1] = string.format("%s %s dk=%d dv=%d (the format wants multiples of %d)",
          name, dt, dk, dv, mult)
      elseif fmt.load ~= "afv_load" and not fmt.words[isa.family] then
        skipped[#skipped + 1] = string.format("%s %s (templates/fmt/%s.lua has no words for the %s family)",
          name, dt, dt, isa.family)
      else
        local v = names.variant(dt, dk, dv, name)
        v.isa, v.fmt, v.Dk, v.Dv = isa, fmt, dk, dv
        v.q_exact = isa.hdot ~= nil and isa.hdot.dtypes[dt] == true
        -- the row widener (templates/kernel.c.in) only where rows are
        -- widened to f32 lanes: not f32, not 16-bit products
        if dt == "f32" or v.q_exact then v.widen_fn = nil end
        -- a prefill that reads K rows in place as AMX tile operands
        -- (not the split form of f32/f16, which splits every block it reads)
        v.copy_rows = isa.amx_prefill ~= nil and isa.amx_prefill(dt, dk, dv)
          and not (isa.amx_split and isa.amx_split[dt])
        variants[#variants + 1] = v
      end
    end
  end
end

-- ---- writing -------------------------------------------------------------
local outputs = {}   -- relative path -> text
local written, unchanged, removed = 0, 0, 0

-- Keys per block never exceed this (templates/kernel.c.in), so the ISA x
-- dtype helpers can size their per-block buffers without the head dims.
local KB_CAP = 64

-- Renders a template and gives its helpers the names of their scope
-- (gen/names.lua): the ISA, the ISA x dtype pair, or the variant (tag).
-- Words of the formats marked `vocabulary` (f16: the mask's format too) go
-- into every ISA header, so every kernel of the ISA may use them; so do the
-- store words of the output formats (`out_words`: f16, bf16), which the
-- ISA's output-row store uses (templates/math.c.in).
local function vocab_words(isa)
  local t, names_sorted = {}, {}
  for name in pairs(formats) do names_sorted[#names_sorted + 1] = name end
  table.sort(names_sorted)
  for _, name in ipairs(names_sorted) do
    local m = formats[name]
    if m.vocabulary then t[#t + 1] = m.words[isa.family] or "" end
  end
  for _, name in ipairs(names_sorted) do
    local m = formats[name]
    if m.out_words then
      t[#t + 1] = assert(m.out_words[isa.family], name .. " has no store word for the " .. isa.family .. " family")
    end
  end
  return table.concat(t)
end
local function render(tname, params, dtype, tag)
  params.vmath, params.KB_CAP, params.W = vmath, KB_CAP, params.isa.W
  params.vocab = vocab_words(params.isa)
  params.fmt = dtype and formats[dtype]
  params.ST = dtype and formats[dtype].ctype
  local text = template.render(templates .. "/" .. tname, params, {
    line_directives = opts.line_directives, template_dir = "templates" })
  return names.scope(text, params.isa.name, dtype, tag)
end
local function guard_macro(path) return "ATTNFORGE_GEN_" .. path:upper():gsub("[^%w]", "_") end

local pairs_done = {}
for _, v in ipairs(variants) do
  local name = v.isa.name
  local ih, ph = names.isa_header(name), names.pair_header(name, v.dtype)
  outputs[ih] = outputs[ih] or render("isa.h.in", { isa = v.isa, guard_macro = guard_macro(ih) })
  if not pairs_done[ph] then
    pairs_done[ph] = true
    outputs[ph] = render("pair.h.in", { isa = v.isa, dtype = v.dtype, guard_macro = guard_macro(ph) }, v.dtype)
  end
  outputs[v.file] = render("kernel.c.in", {
    dtype = v.dtype, Dk = v.Dk, Dv = v.Dv, isa = v.isa, meta = v,
    decode_fn = v.decode_fn, prefill_fn = v.prefill_fn, prefill_narrow_fn = v.prefill_narrow_fn,
    widen_fn = v.widen_fn }, v.dtype, v.tag)
end
for _, name in ipairs(isas) do
  local isa, ih = isa_mod[name], names.isa_header(name)
  outputs[ih] = outputs[ih] or render("isa.h.in", { isa = isa, guard_macro = guard_macro(ih) })
  outputs[names.math_file(name)] = render("math.c.in", { isa = isa,
    exp_fn = "attnforge_exp_f32__" .. name, tanh_fn = "attnforge_tanh_f32__" .. name,
    expn_fn = "attnforge_expn_f32__" .. name, store_fn = "attnforge_store_o__" .. name }, nil, "math_" .. name)
end

local function group_text(g)
  local t = {}
  for _, p in ipairs(g.dims) do t[#t + 1] = dim_key(p) end
  return string.format("head dims %s; dtypes %s; isas %s", table.concat(t, ","),
    table.concat(g.dtypes, ","), table.concat(g.isas, ","))
end
local manifest_parts = {}
for _, g in ipairs(groups) do manifest_parts[#manifest_parts + 1] = group_text(g) end
local manifest_line = table.concat(manifest_parts, " | ")

-- CPU feature flags: every feature any module needs, one bit each, in name
-- order; runtime/dispatch.c detects them (AF_ARCH_<NAME>).
local arch_bit = {}
do
  local names, seen = {}, {}
  for _, m in ipairs(all_isas) do
    for _, f in ipairs(m.cpu) do
      if not seen[f] then seen[f] = true; names[#names + 1] = f end
    end
  end
  table.sort(names)
  assert(#names <= 32, "more CPU features than bits in a uint32_t")
  for i, f in ipairs(names) do arch_bit[f] = i - 1 end
  arch_bit.__names = names
end
local function arch_flags(m)
  if #m.cpu == 0 then return "0u" end
  local t = {}
  for _, f in ipairs(m.cpu) do t[#t + 1] = "AF_ARCH_" .. f:upper() end
  return table.concat(t, " | ")
end

-- registry.inc
do
  local L = {}
  local function add(s) L[#L + 1] = s end
  add("/* Auto-generated file. Do not edit!")
  add(" *   Generator: gen/attnforge-gen.lua (from templates/isa/<name>.lua and the manifest)")
  add(" *   Manifest:  " .. manifest_line)
  add(" *")
  add(" * X-macro lists. Define the macros you need, then include this file;")
  add(" * undefined ones expand to nothing. Rows are designated initializers, so")
  add(" * a consumer builds a table with `#define ATTNFORGE_KERNEL(...) {__VA_ARGS__},`")
  add(" * over a struct that names the fields it reads (af_variant, runtime/kernel.h),")
  add(" * and a field added to the rows breaks none of them:")
  add(" *   ATTNFORGE_ISA(...)     every ISA module, compiled here or not:")
  add(" *       .isa, .name, .rank (dispatch prefers higher), .arch_flags (AF_ARCH_*)")
  add(" *   ATTNFORGE_KERNEL_FN(FN)  every kernel function, an af_kernel_fn (to declare them)")
  add(" *   ATTNFORGE_KERNEL(...)  every generated variant: .isa, .token, .arch_flags,")
  add(" *       .format (of K and V), .q_exact (1: Q must have that format too, the")
  add(" *       kernel multiplies 16-bit Q and K directly), .dk, .dv,")
  add(" *       .decode, .prefill (af_kernel_fn), .decode_name, .prefill_name,")
  add(" *       .widen (af_widen_fn: one K or V row to f32; absent for f32 and q_exact),")
  add(" *       .copy_rows (1: the prefill reads K rows in place as tile operands),")
  add(" *       .prefill_scratch (bytes of af_tile.scratch the prefill needs; absent: none),")
  add(" *       .prefill_rows (query rows of a prefill tile the prefill wants; absent: the planner's)")
  add(" *       .prefill_narrow, .prefill_narrow_name (an f32 variant's prefill for values of at most")
  add(" *       16 significant bits: f16 or bf16 K and V widened; absent: none)")
  add(" *   ATTNFORGE_WIDEN_FN(FN)   every row widener, an af_widen_fn (to declare them)")
  add(" *   ATTNFORGE_EXP_VARIANT(ISA, FN)   void FN(const float *x, float *y, int n): y = exp(x)")
  add(" *   ATTNFORGE_TANH_VARIANT(ISA, FN)  the same for tanh")
  add(" *   ATTNFORGE_EXPN_VARIANT(ISA, FN)  the same for expn: exp of x <= 0 (or NaN), the softmax's")
  add(" *   ATTNFORGE_MATH_ULP(ISA, EXP_MAX_ULP, TANH_MAX_ULP)  documented error bounds")
  add(" *   ATTNFORGE_STORE_O(ISA, FN)  an af_store_fn: one output row, x times inv, in O's format")
  add(" *       (f32, f16, bf16; bitwise the portable conversions of runtime/kernel.h)")
  add(" * Kernel rows appear only where their ISA's guard holds (x86-64, AArch64);")
  add(" * each still needs a run-time CPU check (.arch_flags) before it is called.")
  add(" */")
  add("#ifndef AF_ARCH_FLAGS_")
  add("#define AF_ARCH_FLAGS_")
  for _, f in ipairs(arch_bit.__names) do
    add(string.format("#define AF_ARCH_%s (1u << %d)", f:upper(), arch_bit[f]))
  end
  add("#endif")
  local macros = { "ATTNFORGE_ISA(...)", "ATTNFORGE_KERNEL_FN(fn)", "ATTNFORGE_WIDEN_FN(fn)", "ATTNFORGE_KERNEL(...)",
                   "ATTNFORGE_EXP_VARIANT(isa, fn)",
                   "ATTNFORGE_TANH_VARIANT(isa, fn)", "ATTNFORGE_EXPN_VARIANT(isa, fn)",
                   "ATTNFORGE_MATH_ULP(isa, exp_ulp, tanh_ulp)", "ATTNFORGE_STORE_O(isa, fn)" }
  for _, m in ipairs(macros) do
    local name = m:match("^([%w_]+)")
    add("#ifndef " .. name)
    add("#define " .. m)
    add("#define " .. name .. "_DEFAULTED_")
    add("#endif")
  end
  add("")
  for _, m in ipairs(all_isas) do
    add(string.format("ATTNFORGE_ISA(.isa = ATTNFORGE_ISA_%s, .name = \"%s\", .rank = %d, .arch_flags = %s)",
      m.token, m.name, m.rank, arch_flags(m)))
  end
  for _, name in ipairs(isas) do
    local isa = isa_mod[name]
    add("")
    add("/* " .. name .. " */")
    if isa.guard then add("#if " .. isa.guard) end
    for _, v in ipairs(variants) do
      if v.isa == isa then
        add("ATTNFORGE_KERNEL_FN(" .. v.decode_fn .. ")")
        add("ATTNFORGE_KERNEL_FN(" .. v.prefill_fn .. ")")
        if v.prefill_narrow then add("ATTNFORGE_KERNEL_FN(" .. v.prefill_narrow_fn .. ")") end
        if v.widen_fn then add("ATTNFORGE_WIDEN_FN(" .. v.widen_fn .. ")") end
        add(string.format("ATTNFORGE_KERNEL(.isa = ATTNFORGE_ISA_%s, .token = \"%s\", .arch_flags = %s, "
          .. ".format = %s, .q_exact = %d, .dk = %d, .dv = %d, .decode = %s, .prefill = %s, "
          .. ".decode_name = \"%s\", .prefill_name = \"%s\"%s%s%s%s%s)",
          isa.token, isa.token, arch_flags(isa), v.fmt.enum, v.q_exact and 1 or 0, v.Dk, v.Dv,
          v.decode_fn, v.prefill_fn, v.decode_fn, v.prefill_fn,
          v.widen_fn and (", .widen = " .. v.widen_fn) or "", v.copy_rows and ", .copy_rows = 1" or "",
          (v.prefill_scratch or 0) > 0 and (", .prefill_scratch = " .. v.prefill_scratch) or "",
          v.prefill_rows and (", .prefill_rows = " .. v.prefill_rows) or "",
          v.prefill_narrow and string.format(", .prefill_narrow = %s, .prefill_narrow_name = \"%s\"",
            v.prefill_narrow_fn, v.prefill_narrow_fn) or ""))
      end
    end
    add(string.format("ATTNFORGE_EXP_VARIANT(%s, attnforge_exp_f32__%s)", isa.token, name))
    add(string.format("ATTNFORGE_TANH_VARIANT(%s, attnforge_tanh_f32__%s)", isa.token, name))
    add(string.format("ATTNFORGE_EXPN_VARIANT(%s, attnforge_expn_f32__%s)", isa.token, name))
    add(string.format("ATTNFORGE_MATH_ULP(%s, %d, %d)", isa.token, vmath.exp_max_ulp, vmath.tanh_max_ulp))
    add(string.format("ATTNFORGE_STORE_O(%s, attnforge_store_o__%s)", isa.token, name))
    if isa.guard then add("#endif") end
  end
  add("")
  for _, m in ipairs(macros) do
    local name = m:match("^([%w_]+)")
    add("#ifdef " .. name .. "_DEFAULTED_")
    add("#undef " .. name)
    add("#undef " .. name .. "_DEFAULTED_")
    add("#endif")
  end
  outputs["registry.inc"] = table.concat(L, "\n") .. "\n"
end

-- The public enum's ISA lines, between the marker comments of attnforge.h.
local HEADER_BEGIN = "    /* ISA values below: written by gen/attnforge-gen.lua from templates/isa/<name>.lua */\n"
local HEADER_END = "    /* end of the generated ISA values */\n"
local function header_with_isas(text)
  local b = text:find(HEADER_BEGIN, 1, true)
  local e = text:find(HEADER_END, 1, true)
  if not b or not e or e < b then die("public header: ISA marker comments not found") end
  local t = {}
  for i, m in ipairs(all_isas) do
    t[#t + 1] = string.format("    ATTNFORGE_ISA_%s = %d%s /* %s */\n", m.token, m.abi,
      i < #all_isas and "," or "", m.doc)
  end
  return text:sub(1, b - 1) .. HEADER_BEGIN .. table.concat(t) .. text:sub(e)
end

-- sources.cmake
do
  local files = {}
  for path in pairs(outputs) do if path:match("%.c$") then files[#files + 1] = path end end
  table.sort(files)
  local L = {}
  L[#L + 1] = "# Auto-generated file. Do not edit!"
  L[#L + 1] = "#   Generator: gen/attnforge-gen.lua"
  L[#L + 1] = "#   Manifest:  " .. manifest_line
  L[#L + 1] = "set(ATTNFORGE_GENERATED_DIR \"${CMAKE_CURRENT_LIST_DIR}\")"
  -- what cmake/generate.cmake compares a requested selection with
  local dl = {}
  for _, p in ipairs(dims) do dl[#dl + 1] = p[1] == p[2] and tostring(p[1]) or (p[1] .. ":" .. p[2]) end
  L[#L + 1] = "set(ATTNFORGE_GENERATED_HEAD_DIMS \"" .. table.concat(dl, ";") .. "\")"
  L[#L + 1] = "set(ATTNFORGE_GENERATED_DTYPES \"" .. table.concat(dtypes, ";") .. "\")"
  L[#L + 1] = "set(ATTNFORGE_GENERATED_ISAS \"" .. table.concat(isas, ";") .. "\")"
  L[#L + 1] = "set(ATTNFORGE_GENERATED_SOURCES"
  for _, f in ipairs(files) do L[#L + 1] = "  \"${CMAKE_CURRENT_LIST_DIR}/" .. f .. "\"" end
  L[#L + 1] = ")"
  outputs["sources.cmake"] = table.concat(L, "\n") .. "\n"
end

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end
local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local dirs = {}
for path in pairs(outputs) do
  local d = path:match("^(.*)/[^/]+$")
  if d then dirs[d] = true end
end
os.execute("mkdir -p " .. shell_quote(opts.out))
for d in pairs(dirs) do os.execute("mkdir -p " .. shell_quote(opts.out .. "/" .. d)) end

local paths = {}
for path in pairs(outputs) do paths[#paths + 1] = path end
table.sort(paths)
for _, path in ipairs(paths) do
  local full = opts.out .. "/" .. path
  if read(full) == outputs[path] then
    unchanged = unchanged + 1
  else
    local f = assert(io.open(full, "wb"))
    f:write(outputs[path])
    f:close()
    written = written + 1
  end
end

if opts.header then
  local text = read(opts.header) or die("cannot read " .. opts.header)
  local new = header_with_isas(text)
  if new ~= text then
    local f = assert(io.open(opts.header, "wb"))
    f:write(new)
    f:close()
    written = written + 1
  end
end

-- delete generated files the manifest no longer lists (only our own names)
local out_dirs = { "math", "isa" }
for name in pairs(formats) do out_dirs[#out_dirs + 1] = name end
for _, d in ipairs(out_dirs) do
  local p = io.popen("ls -1 " .. shell_quote(opts.out .. "/" .. d) .. " 2>/dev/null")
  for fname in p:lines() do
    local rel = d .. "/" .. fname
    local ours = fname:match("^attnforge_.*__[%w]+%.c$") or (d == "isa" and fname:match("^[%w_]+%.h$"))
    if ours and not outputs[rel] then
      os.remove(opts.out .. "/" .. rel)
      removed = removed + 1
    end
  end
  p:close()
  os.remove(opts.out .. "/" .. d) -- only succeeds when empty
end

if not opts.quiet then
  for _, s in ipairs(skipped) do io.stderr:write("attnforge-gen: skipped " .. s .. "\n") end
  io.stderr:write(string.format("attnforge-gen: %d variants, %d files written, %d unchanged, %d removed (%s)\n",
    #variants, written, unchanged, removed, opts.out))
end
