#!/usr/bin/env lua5.4
-- gen/amalgamate.lua: writes attnforge.c + attnforge.h, the whole library as
-- one translation unit (SQLite style), for projects that would rather drop two
-- files into their tree than build with CMake.
--
--   lua5.4 gen/amalgamate.lua [--out DIR] [--head-dims 64,128] [--dtypes f16]
--                             [--isa avx2,scalar] [--line-directives] [--verbose]
--
-- Concatenation plus filtering: runtime/*.c, then the generated kernel files
-- the filters keep, each local header inlined where it is first included
-- (every one has an include guard). The variant list is the generator's: the
-- kernel files of generated/sources.cmake, named by gen/names.lua, so a file
-- name says which variant it holds. generated/registry.inc is inlined at
-- every include with the rows of dropped variants (and the exp/tanh test
-- entries, whose files are not taken) filtered out. No renaming is needed:
-- the generator gives every helper a name unique to its ISA, ISA x dtype
-- pair or variant. Feature-test macros (#define _GNU_SOURCE) are hoisted
-- above everything. The result compiles alone (gcc or clang, no -m flags:
-- per-ISA code carries target attributes and is picked at run time), links
-- with -lm -lpthread, and is the same bytes for the same inputs.

local USAGE = [[
usage: lua5.4 gen/amalgamate.lua [options]
  --out DIR            output directory (default: dist/ under the source root)
  --head-dims LIST     keep generated variants with these head dims, e.g. 64,128
                       (an entry matches Dk, or Dk:Dv such as 192:128)
  --dtypes LIST        keep these dtypes, e.g. f16,bf16 (default: all)
  --isa LIST           keep these ISAs (templates/isa/<name>.lua; default: all)
  --line-directives    emit #line markers back to the original files
  --root DIR           source root (default: the directory above gen/)
  --generated DIR      generated kernels to take (default: ROOT/generated), e.g.
                       the --out of gen/attnforge-gen.lua with another manifest
  --verbose            list the files taken
  --help               this text
Default: everything in generated/. The generic kernel is always included.]]

local FEATURE_MACROS = { _GNU_SOURCE = true, _DEFAULT_SOURCE = true, _POSIX_C_SOURCE = true,
                         _XOPEN_SOURCE = true, _BSD_SOURCE = true }
local function die(msg)
  io.stderr:write("amalgamate: ", msg, "\n")
  os.exit(1)
end
local function read(path)
  local f = io.open(path, "rb")
  if f then local s = f:read("a"); f:close(); return s end
end
local function write(path, text)
  local f = io.open(path, "wb") or die("cannot write " .. path)
  f:write(text); f:close()
end
local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local function split_list(s)
  local t = {}
  for item in s:gmatch("[^,%s]+") do t[#t + 1] = item:lower(); t[item:lower()] = true end
  return t
end

-- ---- options -------------------------------------------------------------------
local opts = {}
do
  local i = 1
  while i <= #arg do
    local a, inline = arg[i], nil
    local name, val = a:match("^(%-%-[%w-]+)=(.*)$")
    if name then a, inline = name, val end
    local function v()
      if inline then return inline end
      i = i + 1
      return arg[i] or die(a .. " needs a value\n" .. USAGE)
    end
    if a == "--out" then opts.out = v()
    elseif a == "--head-dims" then opts.head_dims = split_list(v())
    elseif a == "--dtypes" then opts.dtypes = split_list(v())
    elseif a == "--isa" or a == "--isas" then opts.isas = split_list(v())
    elseif a == "--root" then opts.root = v()
    elseif a == "--generated" then opts.generated = v()
    elseif a == "--line-directives" or a == "--line" then opts.line = true
    elseif a == "--verbose" or a == "-v" then opts.verbose = true
    elseif a == "--help" or a == "-h" then print(USAGE) os.exit(0)
    else die("unknown argument " .. a .. "\n" .. USAGE) end
    i = i + 1
  end
end

local gen_dir = (arg[0] or ""):match("^(.*)/[^/]*$") or "."
package.path = gen_dir .. "/?.lua;" .. package.path
local names = require("names")
local root = (opts.root or (gen_dir .. "/..")):gsub("/+$", "")
local out_dir = opts.out or (root .. "/dist")
local runtime_dir = root .. "/runtime"
local generated_dir = (opts.generated or (root .. "/generated")):gsub("/+$", "")
if not read(runtime_dir .. "/attnforge.h") then die("no runtime/attnforge.h under " .. root .. " (use --root)") end

-- ---- the variants --------------------------------------------------------------
local variants = {}
for p in (read(generated_dir .. "/sources.cmake") or ""):gmatch("%${CMAKE_CURRENT_LIST_DIR}/([^\"%s%)]+%.c)") do
  local v = names.parse_file(p)
  if v then variants[#variants + 1] = v end
end

-- Filters must name things generated/ has: a typo must not silently give an
-- amalgamation without kernels.
local want_isa, want_dtype, want_dims = opts.isas, opts.dtypes, opts.head_dims
do
  local known = { isa = {}, dtype = {}, dim = {} }
  for _, v in ipairs(variants) do
    known.isa[v.isa], known.dtype[v.dtype] = true, true
    known.dim[tostring(v.dk)], known.dim[v.dk .. ":" .. v.dv] = true, true
  end
  for _, c in ipairs({ { opts.isas, known.isa, "--isa" }, { opts.dtypes, known.dtype, "--dtypes" },
                       { opts.head_dims, known.dim, "--head-dims" } }) do
    for _, x in ipairs(c[1] or {}) do
      if not c[2][x] then
        local have = {}
        for k in pairs(c[2]) do have[#have + 1] = k end
        table.sort(have)
        die(string.format("%s %s: not in %s (it has: %s)", c[3], x, generated_dir,
                          #have > 0 and table.concat(have, ", ") or "nothing yet"))
      end
    end
  end
end
local kept, kept_fns = {}, {}
for _, v in ipairs(variants) do
  if (not want_isa or want_isa[v.isa]) and (not want_dtype or want_dtype[v.dtype])
      and (not want_dims or want_dims[tostring(v.dk)] or want_dims[v.dk .. ":" .. v.dv]) then
    kept[#kept + 1] = v
    kept_fns[v.decode_fn], kept_fns[v.prefill_fn], kept_fns[v.widen_fn] = true, true, true
    kept_fns[v.prefill_narrow_fn] = true
  end
end

-- The ISAs of the kept variants: their math files (generated/math/, the
-- merge's output-row store besides the exp/tanh test entries) go in too,
-- and their stores' registry rows stay.
local kept_isa_list = {}
for _, v in ipairs(kept) do
  local store = "attnforge_store_o__" .. v.isa
  if not kept_fns[store] then
    kept_fns[store] = true
    kept_isa_list[#kept_isa_list + 1] = v.isa
  end
end

-- registry.inc as inlined: rows of dropped variants, the output-row stores
-- of ISAs without a kept variant and the exp/tanh test entries go; the ISA
-- table, feature bits and error bounds stay.
local registry = {}
for line in (read(generated_dir .. "/registry.inc") or ""):gmatch("([^\n]*)\n") do
  local fn = line:match("^ATTNFORGE_KERNEL_FN%(([%w_]+)%)") or line:match("^ATTNFORGE_WIDEN_FN%(([%w_]+)%)")
    or line:match("^ATTNFORGE_KERNEL%(.-%.decode = ([%w_]+)") or line:match("^ATTNFORGE_STORE_O%([%w_]+, ([%w_]+)%)")
  local test_entry = line:match("^ATTNFORGE_EXP_VARIANT%(") or line:match("^ATTNFORGE_TANH_VARIANT%(") or line:match("^ATTNFORGE_EXPN_VARIANT%(")
  if not test_entry and (not fn or kept_fns[fn]) then registry[#registry + 1] = line end
end

-- ---- concatenation -------------------------------------------------------------
local function normalize(path)
  local parts = {}
  for part in path:gmatch("[^/]+") do
    if part == ".." and #parts > 0 and parts[#parts] ~= ".." then parts[#parts] = nil
    elseif part ~= "." then parts[#parts + 1] = part end
  end
  return (path:sub(1, 1) == "/" and "/" or "") .. table.concat(parts, "/")
end
local function rel(path)
  for _, d in ipairs({ { generated_dir, "generated" }, { runtime_dir, "runtime" } }) do
    local prefix = normalize(d[1]) .. "/"
    if path:sub(1, #prefix) == prefix then return d[2] .. "/" .. path:sub(#prefix + 1) end
  end
  return path
end

local units = {}
local p = io.popen("ls -1 " .. shell_quote(runtime_dir) .. " 2>/dev/null")
for f in p:lines() do if f:match("%.c$") then units[#units + 1] = normalize(runtime_dir .. "/" .. f) end end
p:close()
table.sort(units)
local n_runtime = #units
for _, v in ipairs(kept) do units[#units + 1] = normalize(generated_dir .. "/" .. v.file) end
for _, isa in ipairs(kept_isa_list) do units[#units + 1] = normalize(generated_dir .. "/" .. names.math_file(isa)) end

local out, features, feature_seen, emitted = {}, {}, {}, {}
local function emit(path, is_header)
  local src = read(path) or die("cannot read " .. path)
  local dir, file = path:match("^(.*)/[^/]*$"), rel(path)
  if is_header then
    out[#out + 1] = "/* ---- " .. file .. " ---- */"
    out[#out + 1] = "#ifdef __clang__\n#pragma clang diagnostic push"
    out[#out + 1] = '#pragma clang diagnostic ignored "-Wunused-function"\n#endif'
  end
  local lineno, resync = 0, true
  for line in (src .. "\n"):gmatch("([^\n]*)\n") do
    lineno = lineno + 1
    local inc = line:match('^%s*#%s*include%s+"([^"]+)"')
    local def, value = line:match("^%s*#%s*define%s+([%a_][%w_]*)%s*(.-)%s*$")
    if inc == "registry.inc" then
      out[#out + 1] = "/* ---- generated/registry.inc (filtered by gen/amalgamate.lua) ---- */"
      for _, l in ipairs(registry) do out[#out + 1] = l end
      resync = true
    elseif inc then
      local found
      for _, d in ipairs({ dir, runtime_dir, generated_dir }) do
        local cand = normalize(d .. "/" .. inc)
        if read(cand) then found = cand break end
      end
      if not found then die(file .. ":" .. lineno .. ": cannot find \"" .. inc .. "\"") end
      if not emitted[found] then
        emitted[found] = true
        emit(found, true)
      end
      out[#out + 1] = '/* #include "' .. inc .. '" (inlined where first included) */'
      resync = true
    elseif def and FEATURE_MACROS[def] then
      -- a trailing comment on the #define stays behind: the hoisted copy gets
      -- the bare value, the line left in place is commented out with its own
      -- comment markers defused (C comments do not nest)
      value = value:gsub("/%*.-%*/", ""):gsub("//.*$", ""):match("^%s*(.-)%s*$")
      if not feature_seen[def] then
        feature_seen[def] = true
        features[#features + 1] = "#ifndef " .. def .. "\n#define " .. def .. (value ~= "" and (" " .. value) or "") .. "\n#endif"
      end
      out[#out + 1] = "/* " .. line:gsub("/%*", "/ *"):gsub("%*/", "* /") .. " (hoisted to the top) */"
    else
      if opts.line and resync then out[#out + 1] = string.format('#line %d "%s"', lineno, file) end
      out[#out + 1] = line
      resync = false
    end
  end
  if is_header then out[#out + 1] = "#ifdef __clang__\n#pragma clang diagnostic pop\n#endif\n" end
end

emitted[normalize(runtime_dir .. "/attnforge.h")] = true
emit(normalize(runtime_dir .. "/attnforge.h"), true)
for _, u in ipairs(units) do
  out[#out + 1] = "/* ==== " .. rel(u) .. " " .. string.rep("=", math.max(4, 70 - #rel(u))) .. " */"
  emit(u, false)
  out[#out + 1] = ""
end

-- ---- output --------------------------------------------------------------------
local function show(list) return list and table.concat(list, ",") or "all" end
local selection = string.format("head dims %s; dtypes %s; isas %s", show(opts.head_dims), show(opts.dtypes),
                                show(opts.isas))
local head = { [[
/*
 * attnforge amalgamation: the whole library in one translation unit.
 * Auto-generated by gen/amalgamate.lua. Do not edit!
 *
 * Build:  cc -O2 -c attnforge.c        (gcc or clang; no -m flags needed:
 *         per-ISA kernels use target attributes and run-time dispatch)
 * Link:   -lm -lpthread
 * Shared library exporting the API only: add -fPIC -fvisibility=hidden.
 *
 * Selection: ]] .. selection }
head[#head + 1] = " * Generated variants: " .. (#kept > 0 and #kept or "none (every call runs the generic kernel)")
for _, v in ipairs(kept) do head[#head + 1] = " *   " .. v.file end
head[#head + 1] = " */\n#define ATTNFORGE_AMALGAMATION 1"
local c_text = table.concat(head, "\n") .. "\n" .. table.concat(features, "\n") .. "\n\n"
  .. table.concat(out, "\n") .. "\n"
local h_text = "/* attnforge public header, copied by gen/amalgamate.lua from runtime/attnforge.h.\n"
  .. " * Pair it with the attnforge.c written next to it. */\n" .. read(runtime_dir .. "/attnforge.h")

os.execute("mkdir -p " .. shell_quote(out_dir))
write(out_dir .. "/attnforge.c", c_text)
write(out_dir .. "/attnforge.h", h_text)
local _, n_lines = c_text:gsub("\n", "")
print(string.format("amalgamate: %s/attnforge.c: %d lines, %d bytes; %d runtime + %d generated files; "
  .. "%d variant(s) (%s)", out_dir, n_lines, #c_text, n_runtime, #units - n_runtime, #kept, selection))
for _, u in ipairs(opts.verbose and units or {}) do print("  " .. rel(u)) end
