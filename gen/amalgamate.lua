#!/usr/bin/env lua5.4
-- gen/amalgamate.lua: writes attnforge.c + attnforge.h, the whole library as
-- one translation unit (SQLite style), for projects that would rather drop two
-- files into their tree than build with CMake.
--
--   lua5.4 gen/amalgamate.lua [--out DIR] [--head-dims 64,128] [--dtypes f16]
--                             [--isa avx2,scalar] [--line-directives] [--verbose]
--
-- Input: runtime/*.c and their local headers, and the generated kernels listed
-- in generated/sources.cmake (none yet is fine: the registry is then empty and
-- every call runs the generic kernel). The filters keep the generated variants
-- whose head dim (Dk, or "Dk:Dv"), dtype and ISA are all listed; the registry
-- is filtered to the same variants, so dispatch only knows what was compiled.
--
-- How the translation units become one:
--   * local headers (runtime/*.h) are inlined once, up front, in include order;
--     later #include "..." of them are dropped. generated/registry.inc is an
--     X-macro list and is inlined (filtered) at every include.
--   * feature-test macros (#define _GNU_SOURCE) are hoisted above everything.
--   * each .c file keeps its own macros: the ones it defines are #undef'd after
--     it, as if its translation unit had ended.
--   * file-scope names (statics, typedefs, struct/union/enum tags and enum
--     constants) that more than one file defines -- every generated kernel
--     carries its own afv_* / afk_* helpers -- are renamed for the span of their
--     file with #define NAME NAME__<file> ... #undef NAME, so no source is edited.
-- The result compiles alone (cc -O2 -c attnforge.c, gcc or clang, no -m flags:
-- per-ISA code carries target attributes and is picked at run time) and links
-- with -lm -lpthread. Output is deterministic: same inputs, same bytes.

local USAGE = [[
usage: lua5.4 gen/amalgamate.lua [options]
  --out DIR            output directory (default: dist/ under the source root)
  --head-dims LIST     keep generated variants with these head dims, e.g. 64,128
                       (an entry matches Dk, or Dk:Dv such as 192:128)
  --dtypes LIST        f32, f16, bf16 (default: all)
  --isa LIST           ISA module names, e.g. avx2,scalar (default: all)
  --line-directives    emit #line markers back to the original files
  --root DIR           source root (default: the directory above gen/)
  --generated DIR      generated kernels to take (default: ROOT/generated), e.g.
                       the --out of gen/attnforge-gen.lua with another manifest
  --verbose            list the files and the renamed names
  --help               this text
Default: everything in generated/. The generic kernel is always included.]]

local FEATURE_MACROS = {
  _GNU_SOURCE = true, _DEFAULT_SOURCE = true, _POSIX_C_SOURCE = true,
  _XOPEN_SOURCE = true, _BSD_SOURCE = true,
}

local function die(msg)
  io.stderr:write("amalgamate: ", msg, "\n")
  os.exit(1)
end

-- ---- files -------------------------------------------------------------------

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local function write(path, text)
  local f, err = io.open(path, "wb")
  if not f then die("cannot write " .. path .. ": " .. tostring(err)) end
  f:write(text)
  f:close()
end

local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function list_dir(dir, suffix)
  local out = {}
  local p = io.popen("ls -1 " .. shell_quote(dir) .. " 2>/dev/null")
  for name in p:lines() do
    if name:sub(-#suffix) == suffix then out[#out + 1] = name end
  end
  p:close()
  table.sort(out)
  return out
end

local function split_list(s)
  local t = {}
  for item in s:gmatch("[^,%s]+") do t[#t + 1] = item:lower() end
  return t
end

local function set_of(list)
  if not list then return nil end
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- ---- options -----------------------------------------------------------------

local opts = { line = false, verbose = false }
do
  local i = 1
  local function value(name)
    i = i + 1
    if arg[i] == nil then die(name .. " needs a value\n" .. USAGE) end
    return arg[i]
  end
  while i <= #arg do
    local a = arg[i]
    local name, inline = a:match("^(%-%-[%w-]+)=(.*)$")
    if name then a = name end
    local function v() if inline then return inline end return value(a) end
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

local script_dir = (arg[0] or ""):match("^(.*)/[^/]*$") or "."
local root = opts.root or (script_dir .. "/..")
root = root:gsub("/+$", "")
if root == "" then root = "/" end
local out_dir = opts.out or (root .. "/dist")
local runtime_dir = root .. "/runtime"
local generated_dir = (opts.generated or (root .. "/generated")):gsub("/+$", "")
if not read(runtime_dir .. "/attnforge.h") then
  die("no runtime/attnforge.h under " .. root .. " (use --root)")
end

-- ---- the registry --------------------------------------------------------------

-- Parses generated/registry.inc: every ATTNFORGE_KERNEL row becomes a variant
-- record (read by field name, so rows may gain fields); the text is kept as
-- lines so it can be written back filtered.
local function parse_registry(text)
  local reg = { lines = {}, variants = {} }
  for line in (text .. "\n"):gmatch("(.-)\r?\n") do
    local entry = { text = line }
    local args = line:match("^%s*ATTNFORGE_KERNEL%s*%((.*)%)%s*$")
    entry.fn = line:match("^%s*ATTNFORGE_KERNEL_FN%s*%(%s*([%w_]+)%s*%)")
    if args then
      local function field(name, pat)
        return args:match("%." .. name .. "%s*=%s*" .. pat) or die("registry.inc: no ." .. name .. " in " .. line)
      end
      entry.variant = {
        isa = field("token", '"([%w_]+)"'):lower(), dtype = field("dtype", "ATTNFORGE_([%w_]+)"):lower(),
        dk = tonumber(field("dk", "(%d+)")), dv = tonumber(field("dv", "(%d+)")),
        decode = field("decode", "([%w_]+)"), prefill = field("prefill", "([%w_]+)"),
      }
      reg.variants[#reg.variants + 1] = entry.variant
    elseif not entry.fn then
      local kind, isa = line:match("^%s*ATTNFORGE_(%u+)_VARIANT%s*%(%s*([%w_]+)")
      if kind then entry.math = { isa = isa:lower() } end
      local uisa = line:match("^%s*ATTNFORGE_MATH_ULP%s*%(%s*([%w_]+)")
      if uisa then entry.ulp = { isa = uisa:lower() } end
    end
    reg.lines[#reg.lines + 1] = entry
  end
  if reg.lines[#reg.lines].text == "" then reg.lines[#reg.lines] = nil end
  return reg
end

local registry_text = read(generated_dir .. "/registry.inc")
local registry = parse_registry(registry_text or "")

local want_isa, want_dtype = set_of(opts.isas), set_of(opts.dtypes)
local want_dims = set_of(opts.head_dims)

-- Filters must name things the registry has (a typo should not silently give
-- an amalgamation without kernels).
do
  local known = { isa = {}, dtype = {}, dim = {} }
  for _, v in ipairs(registry.variants) do
    known.isa[v.isa] = true
    known.dtype[v.dtype] = true
    known.dim[tostring(v.dk)] = true
    known.dim[v.dk .. ":" .. v.dv] = true
  end
  local function check(list, set, what)
    for _, x in ipairs(list or {}) do
      if not set[x] then
        local names = {}
        for k in pairs(set) do names[#names + 1] = k end
        table.sort(names)
        die(string.format("%s %s: not in generated/registry.inc (it has: %s)", what, x,
                          #names > 0 and table.concat(names, ", ") or "nothing yet"))
      end
    end
  end
  check(opts.isas, known.isa, "--isa")
  check(opts.dtypes, known.dtype, "--dtypes")
  check(opts.head_dims, known.dim, "--head-dims")
end

local function variant_kept(v)
  if want_isa and not want_isa[v.isa] then return false end
  if want_dtype and not want_dtype[v.dtype] then return false end
  if want_dims and not (want_dims[tostring(v.dk)] or want_dims[v.dk .. ":" .. v.dv]) then
    return false
  end
  return true
end

local kept_fns, kept_variants = {}, {}
for _, v in ipairs(registry.variants) do
  if variant_kept(v) then
    kept_variants[#kept_variants + 1] = v
    kept_fns[v.decode] = true
    kept_fns[v.prefill] = true
  end
end

-- The registry text as inlined: unselected variants dropped, and the exp/tanh
-- test entries dropped (their files are test hooks, not part of the
-- amalgamation); error-bound lines kept for the selected ISAs.
local function filtered_registry()
  local isas = {}
  for _, v in ipairs(kept_variants) do isas[v.isa] = true end
  local out = {}
  for _, e in ipairs(registry.lines) do
    local keep = true
    if e.variant then keep = variant_kept(e.variant)
    elseif e.fn then keep = kept_fns[e.fn] or false
    elseif e.math then keep = false
    elseif e.ulp then keep = isas[e.ulp.isa] or false end
    if keep then out[#out + 1] = e.text end
  end
  return out
end

-- ---- a small C scanner ---------------------------------------------------------

-- Blanks comments and string/char literal contents (newlines kept), so the
-- scanner below sees only code. Preprocessor lines are blanked too.
local function code_only(src)
  local out, i, n = {}, 1, #src
  while i <= n do
    local c = src:sub(i, i)
    local two = src:sub(i, i + 1)
    if two == "/*" then
      local j = src:find("*/", i + 2, true) or (n - 1)
      out[#out + 1] = src:sub(i, j + 1):gsub("[^\n]", " ")
      i = j + 2
    elseif two == "//" then
      local j = src:find("\n", i, true) or (n + 1)
      out[#out + 1] = string.rep(" ", j - i)
      i = j
    elseif c == '"' or c == "'" then
      local j = i + 1
      while j <= n do
        local d = src:sub(j, j)
        if d == "\\" then j = j + 2
        elseif d == c or d == "\n" then break
        else j = j + 1 end
      end
      out[#out + 1] = c .. string.rep(" ", j - i - 1) .. c
      i = j + 1
    else
      local j = src:find("[/\"']", i) or (n + 1)
      if j == i then j = i + 1 end
      out[#out + 1] = src:sub(i, j - 1)
      i = j
    end
  end
  local text = table.concat(out)
  -- preprocessor directives, with their continuation lines
  local lines, cont = {}, false
  for line in (text .. "\n"):gmatch("(.-)\n") do
    if cont or line:match("^%s*#") then
      cont = line:match("\\%s*$") ~= nil
      line = ""
    end
    lines[#lines + 1] = line
  end
  return table.concat(lines, "\n")
end

local function tokens(code)
  local t = {}
  for tok in code:gmatch("[%a_][%w_]*") do t[#t + 1] = tok end
  return t
end

-- Every identifier token of a text (comments and strings excluded).
local function identifiers(src)
  local s = {}
  for _, tok in ipairs(tokens(code_only(src))) do s[tok] = true end
  return s
end

local function lex(code)
  local t, i, n = {}, 1, #code
  while i <= n do
    local s, e = code:find("^[%a_][%w_]*", i)
    if s then
      t[#t + 1] = code:sub(s, e)
      i = e + 1
    else
      s, e = code:find("^%s+", i)
      if s then
        i = e + 1
      else
        s, e = code:find("^[%d%.][%w%.]*", i)
        if s then
          t[#t + 1] = "0"
          i = e + 1
        else
          t[#t + 1] = code:sub(i, i)
          i = i + 1
        end
      end
    end
  end
  return t
end

local ATTR = { __attribute__ = true, __declspec = true, _Alignas = true, __asm__ = true,
               asm = true, __typeof__ = true, typeof = true, _Static_assert = true }
local AGGREGATE = { struct = true, union = true, enum = true }

-- The name a declarator (tokens of one declaration, one declarator) declares.
local function declarator_name(toks)
  local depth, i = 0, 1
  local last_ident
  while i <= #toks do
    local tok = toks[i]
    if ATTR[tok] and depth == 0 then
      -- skip the attribute's balanced parentheses
      local d = 0
      i = i + 1
      repeat
        if toks[i] == "(" then d = d + 1 elseif toks[i] == ")" then d = d - 1 end
        i = i + 1
      until d <= 0 or i > #toks
      goto continue
    end
    if tok == "(" and depth == 0 then
      if toks[i + 1] == "*" then -- pointer to function: (*name)(...)
        local j, name = i + 1, nil
        while j <= #toks and toks[j] ~= ")" do
          if toks[j]:match("^[%a_]") then name = toks[j] end
          j = j + 1
        end
        return name
      end
      return last_ident
    end
    if tok == "=" and depth == 0 then return last_ident end
    if tok == "[" and depth == 0 then return last_ident end
    if tok == "(" or tok == "[" then depth = depth + 1
    elseif tok == ")" or tok == "]" then depth = depth - 1
    elseif AGGREGATE[tok] then
      if toks[i + 1] and toks[i + 1]:match("^[%a_]") then i = i + 1 end -- the tag
    elseif depth == 0 and tok:match("^[%a_]") then last_ident = tok
    end
    i = i + 1
    ::continue::
  end
  return last_ident
end

-- File-scope names of one C source:
--   scoped[name]  = true for statics, typedefs, tags and enum constants;
--   externs[name] = "definition" or "declaration" for the rest.
local function scan_file_scope(src)
  local toks = lex(code_only(src))
  local scoped, externs, defined_fns = {}, {}, {}
  local decl = {}
  local i = 1

  -- Moves i past the balanced {...} that starts at toks[i]. enum_body: record
  -- the enumerators as file-scope names.
  local function skip_braces(enum_body)
    local d, expect_name = 0, enum_body
    repeat
      local tok = toks[i]
      if tok == "{" then d = d + 1
      elseif tok == "}" then d = d - 1
      elseif enum_body and d == 1 then
        if expect_name and tok:match("^[%a_]") then scoped[tok] = true; expect_name = false
        elseif tok == "," then expect_name = true end
      end
      i = i + 1
    until d == 0 or i > #toks
  end

  local function finish(is_function_body)
    if #decl == 0 then return end
    local has = {}
    for _, tok in ipairs(decl) do has[tok] = true end
    local static, typedef = has.static, has.typedef
    -- split into declarators at top-level commas
    local parts, cur, depth = {}, {}, 0
    for _, tok in ipairs(decl) do
      if tok == "(" or tok == "[" then depth = depth + 1
      elseif tok == ")" or tok == "]" then depth = depth - 1 end
      if tok == "," and depth == 0 then
        parts[#parts + 1] = cur
        cur = {}
      else
        cur[#cur + 1] = tok
      end
    end
    parts[#parts + 1] = cur
    for _, p in ipairs(parts) do
      local name = declarator_name(p)
      if name and name ~= "void" then
        if static or typedef then
          scoped[name] = true
        elseif is_function_body then
          externs[name] = "definition"
          defined_fns[name] = true
        elseif not has.extern and not has["("] then
          externs[name] = externs[name] or "definition" -- a variable
        else
          externs[name] = externs[name] or "declaration"
        end
      end
    end
    decl = {}
  end

  while i <= #toks do
    local tok = toks[i]
    if tok == ";" then
      finish(false)
      i = i + 1
    elseif tok == "{" then
      local prev, prev2 = decl[#decl], decl[#decl - 1]
      local has_eq = false
      for _, t in ipairs(decl) do if t == "=" then has_eq = true end end
      if has_eq then
        skip_braces(false)
        decl[#decl + 1] = "0"
      elseif prev and (AGGREGATE[prev] or (prev2 and AGGREGATE[prev2])) then
        if not AGGREGATE[prev] then scoped[prev] = true end -- struct/union/enum tag
        local is_enum = prev == "enum" or prev2 == "enum"
        skip_braces(is_enum)
        decl[#decl + 1] = "0"
      else
        finish(true)
        skip_braces(false)
      end
    else
      decl[#decl + 1] = tok
      i = i + 1
    end
  end
  return scoped, externs, defined_fns
end

-- Object- and function-like macros a source #defines.
local function defined_macros(src)
  local names, seen = {}, {}
  for name in src:gmatch("\n%s*#%s*define%s+([%a_][%w_]*)") do
    if not seen[name] then seen[name] = true; names[#names + 1] = name end
  end
  local first = src:match("^%s*#%s*define%s+([%a_][%w_]*)")
  if first and not seen[first] then table.insert(names, 1, first) end
  return names
end

-- ---- the inputs ------------------------------------------------------------------

local function rel(path) return (path:gsub("^" .. root:gsub("%p", "%%%0") .. "/", "")) end

local units = {} -- { path, src }
for _, name in ipairs(list_dir(runtime_dir, ".c")) do
  units[#units + 1] = { path = runtime_dir .. "/" .. name }
end
if #units == 0 then die("no runtime/*.c under " .. root) end
local n_runtime = #units

-- Generated sources: the list in generated/sources.cmake, kept when they
-- define a selected kernel.
local generated_all = {}
local sources_cmake = read(generated_dir .. "/sources.cmake")
if sources_cmake then
  for p in sources_cmake:gmatch("%${CMAKE_CURRENT_LIST_DIR}/([^\"%s%)]+%.c)") do
    generated_all[#generated_all + 1] = generated_dir .. "/" .. p
  end
end

local defined_by = {}
for _, path in ipairs(generated_all) do
  local src = read(path) or die("sources.cmake lists " .. path .. ", which does not exist")
  local _, _, fns = scan_file_scope(src)
  local wanted = false
  for fn in pairs(fns) do
    if kept_fns[fn] then wanted = true end
    defined_by[fn] = path
  end
  if wanted then units[#units + 1] = { path = path, src = src } end
end
for fn in pairs(kept_fns) do
  if not defined_by[fn] then
    die("registry.inc names " .. fn .. " but no file in generated/sources.cmake defines it")
  end
end

for _, u in ipairs(units) do
  u.src = u.src or read(u.path)
  u.rel = rel(u.path)
  -- suffix of renamed names: the path under runtime/ or generated/
  local under = u.path:sub(#(u.path:find(generated_dir .. "/", 1, true) == 1 and generated_dir
                                 or runtime_dir) + 2)
  u.tag = under:gsub("%.c$", ""):gsub("[^%w_]", "_")
end

-- ---- local headers -----------------------------------------------------------

local function find_local(name, from_dir)
  for _, dir in ipairs({ from_dir, runtime_dir, generated_dir }) do
    local p = dir .. "/" .. name
    if read(p) then return p end
  end
  return nil
end

-- ---- output ----------------------------------------------------------------------

local out = {}
local cur_file, cur_line = nil, nil
local function raw(s) out[#out + 1] = s end
-- One source line of file at lineno; with --line-directives, a #line marker
-- whenever the position does not follow on.
local function src_line(s, file, lineno)
  if opts.line and (file ~= cur_file or lineno ~= cur_line) then
    raw(string.format('#line %d "%s"', lineno, file))
  end
  raw(s)
  cur_file, cur_line = file, lineno + 1
end
local function gen_line(s)
  raw(s)
  cur_line = nil
end

local emitted_headers = {}
local feature_lines, feature_seen = {}, {}

local emit_source -- forward

-- A header's static inline helpers that no unit uses are fine in a header;
-- in the one big main file clang would call them unused.
local function emit_header(path)
  if emitted_headers[path] then return end
  emitted_headers[path] = true
  gen_line("/* ---- " .. rel(path) .. " ---- */")
  gen_line("#ifdef __clang__")
  gen_line("#pragma clang diagnostic push")
  gen_line('#pragma clang diagnostic ignored "-Wunused-function"')
  gen_line("#endif")
  emit_source(path, read(path), true)
  gen_line("#ifdef __clang__")
  gen_line("#pragma clang diagnostic pop")
  gen_line("#endif")
end

local function emit_registry()
  gen_line("/* ---- generated/registry.inc (filtered by gen/amalgamate.lua) ---- */")
  for _, l in ipairs(filtered_registry()) do gen_line(l) end
  gen_line("/* ---- end of generated/registry.inc ---- */")
end

-- Copies one source, resolving local includes.
function emit_source(path, src, is_header)
  local dir = path:match("^(.*)/[^/]*$")
  local lineno = 0
  local file = rel(path)
  local cont = false
  for line in (src .. "\n"):gmatch("(.-)\r?\n") do
    lineno = lineno + 1
    local inc = not cont and line:match('^%s*#%s*include%s+"([^"]+)"')
    local def = not cont and line:match("^%s*#%s*define%s+([%a_][%w_]*)")
    if inc == "registry.inc" then
      emit_registry()
    elseif inc then
      local p = find_local(inc, dir)
      if not p then die(file .. ":" .. lineno .. ": cannot find \"" .. inc .. "\"") end
      if not emitted_headers[p] then emit_header(p) end
      gen_line('/* #include "' .. inc .. '" (inlined above) */')
    elseif def and FEATURE_MACROS[def] then
      gen_line("/* " .. line:gsub("%*/", "* /") .. " (hoisted to the top) */")
    else
      src_line(line, file, lineno)
    end
    cont = line:match("\\%s*$") ~= nil
  end
  if is_header then gen_line("") end
end

-- Collect the feature-test macros of every unit (the first value wins).
for _, u in ipairs(units) do
  for line in (u.src .. "\n"):gmatch("(.-)\r?\n") do
    local name, rest = line:match("^%s*#%s*define%s+([%a_][%w_]*)(.*)$")
    if name and FEATURE_MACROS[name] then
      local value = rest:gsub("/%*.*$", ""):match("^%s*(.-)%s*$")
      if feature_seen[name] == nil then
        feature_seen[name] = value
        feature_lines[#feature_lines + 1] = { name = name, value = value }
      elseif feature_seen[name] ~= value then
        io.stderr:write(string.format("amalgamate: warning: %s defined as %q and %q; keeping the first\n",
                                      name, feature_seen[name], value))
      end
    end
  end
end

-- File-scope names defined by more than one unit (or by a unit and a header)
-- are renamed per unit.
local header_idents = {}
local header_paths = {}
do
  -- the local headers the units include, transitively
  local seen = {}
  local function visit(path)
    if seen[path] then return end
    seen[path] = true
    header_paths[#header_paths + 1] = path
    local src = read(path)
    local dir = path:match("^(.*)/[^/]*$")
    for inc in src:gmatch('#%s*include%s+"([^"]+)"') do
      if inc ~= "registry.inc" then
        local p = find_local(inc, dir)
        if p then visit(p) end
      end
    end
  end
  visit(runtime_dir .. "/attnforge.h")
  for _, u in ipairs(units) do
    local dir = u.path:match("^(.*)/[^/]*$")
    for inc in u.src:gmatch('#%s*include%s+"([^"]+)"') do
      if inc ~= "registry.inc" then
        local p = find_local(inc, dir)
        if p then visit(p) end
      end
    end
  end
end
local header_macros = {}
for _, p in ipairs(header_paths) do
  local src = read(p)
  for name in pairs(identifiers(src)) do header_idents[name] = p end
  for _, name in ipairs(defined_macros(src)) do header_macros[name] = p end
end

local owners = {}
for _, u in ipairs(units) do
  local scoped, externs = scan_file_scope(u.src)
  u.scoped, u.externs = scoped, externs
  for name in pairs(scoped) do
    owners[name] = owners[name] or {}
    table.insert(owners[name], u)
  end
end
local ext_owner = {}
for _, u in ipairs(units) do
  for name, kind in pairs(u.externs) do
    if kind == "definition" then
      if ext_owner[name] and ext_owner[name] ~= u then
        die(string.format("%s and %s both define the external %s", ext_owner[name].rel, u.rel, name))
      end
      ext_owner[name] = u
    end
  end
end

local n_renamed, renamed_units = 0, 0
for _, u in ipairs(units) do
  u.renames = {}
  for name in pairs(u.scoped) do
    if #owners[name] > 1 or ext_owner[name] ~= nil then
      if header_idents[name] then
        die(string.format("%s: cannot rename the clashing name %s: %s uses it too", u.rel, name,
                          rel(header_idents[name])))
      end
      u.renames[#u.renames + 1] = name
    end
  end
  table.sort(u.renames)
  n_renamed = n_renamed + #u.renames
  if #u.renames > 0 then renamed_units = renamed_units + 1 end
end

-- ---- assemble attnforge.c ----------------------------------------------------------

local function filters_text()
  local function show(list) return list and table.concat(list, ",") or "all" end
  return string.format("head dims %s; dtypes %s; isas %s", show(opts.head_dims),
                       show(opts.dtypes), show(opts.isas))
end

local variant_names = {}
for _, v in ipairs(kept_variants) do
  variant_names[#variant_names + 1] = string.format("%s/%s/%d", v.isa, v.dtype, v.dk)
    .. (v.dk ~= v.dv and (":" .. v.dv) or "")
end

local function wrap(words, width, indent)
  local lines, cur = {}, indent
  for _, w in ipairs(words) do
    if #cur + #w + 1 > width and cur ~= indent then
      lines[#lines + 1] = cur
      cur = indent
    end
    cur = cur .. (cur == indent and "" or " ") .. w
  end
  if cur ~= indent then lines[#lines + 1] = cur end
  return table.concat(lines, "\n")
end

gen_line("/*")
gen_line(" * attnforge amalgamation: the whole library in one translation unit.")
gen_line(" * Auto-generated by gen/amalgamate.lua. Do not edit!")
gen_line(" *")
gen_line(" * Build:  cc -O2 -c attnforge.c        (gcc or clang; no -m flags needed:")
gen_line(" *         per-ISA kernels use target attributes and run-time dispatch)")
gen_line(" * Link:   -lm -lpthread")
gen_line(" * Shared library exporting the API only: add -fPIC -fvisibility=hidden.")
gen_line(" *")
gen_line(" * Selection: " .. filters_text())
if #kept_variants > 0 then
  gen_line(" * Generated variants (" .. #kept_variants .. ", isa/dtype/head dim):")
  gen_line(wrap(variant_names, 78, " *   "))
else
  gen_line(" * Generated variants: none (every call runs the generic kernel).")
end
gen_line(" * Sources:")
for _, u in ipairs(units) do gen_line(" *   " .. u.rel) end
gen_line(" */")
gen_line("#define ATTNFORGE_AMALGAMATION 1")
for _, f in ipairs(feature_lines) do
  gen_line("#ifndef " .. f.name)
  gen_line("#define " .. f.name .. (f.value ~= "" and (" " .. f.value) or ""))
  gen_line("#endif")
end
gen_line("")

-- headers first, in the order the units include them
for _, p in ipairs(header_paths) do emit_header(p) end

for _, u in ipairs(units) do
  gen_line("/* ==== " .. u.rel .. " " .. string.rep("=", math.max(4, 70 - #u.rel)) .. " */")
  for _, name in ipairs(u.renames) do
    gen_line(string.format("#define %s %s__%s", name, name, u.tag))
  end
  emit_source(u.path, u.src, false)
  -- end of the unit: its macros and renames go out of scope
  local undefs = {}
  for _, name in ipairs(defined_macros(u.src)) do
    if header_macros[name] then
      die(string.format("%s redefines %s, a macro of %s: the other files would lose it", u.rel,
                        name, rel(header_macros[name])))
    elseif not FEATURE_MACROS[name] then
      undefs[#undefs + 1] = name
    end
  end
  for _, name in ipairs(u.renames) do undefs[#undefs + 1] = name end
  if #undefs > 0 then
    gen_line("/* end of " .. u.rel .. ": its macros and renamed names go out of scope */")
    for _, name in ipairs(undefs) do gen_line("#undef " .. name) end
  end
  gen_line("")
end

local c_text = table.concat(out, "\n") .. "\n"

-- ---- attnforge.h -------------------------------------------------------------------

local h_src = read(runtime_dir .. "/attnforge.h")
local h_text = "/* attnforge public header, copied by gen/amalgamate.lua from runtime/attnforge.h.\n"
  .. " * Pair it with the attnforge.c written next to it. */\n" .. h_src

os.execute("mkdir -p " .. shell_quote(out_dir))
write(out_dir .. "/attnforge.c", c_text)
write(out_dir .. "/attnforge.h", h_text)

local _, n_lines = c_text:gsub("\n", "")
print(string.format("amalgamate: %s/attnforge.c: %d lines, %d bytes; %d runtime + %d generated files; "
                    .. "%d variant(s) (%s); %d file-local name(s) renamed in %d file(s)",
                    out_dir, n_lines, #c_text, n_runtime, #units - n_runtime, #kept_variants,
                    filters_text(), n_renamed, renamed_units))
if opts.verbose then
  for _, u in ipairs(units) do
    print("  " .. u.rel .. (#u.renames > 0 and (": renamed " .. table.concat(u.renames, " ")) or ""))
  end
end
