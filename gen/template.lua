-- A tiny template engine in the spirit of XNNPACK's xngen.
--
-- A template is C text. Inside it:
--   * a line whose first non-blank character is `$` is Lua code
--     (`$for d = 0, Dk - 1, W do` ... `$end`);
--   * `$assert <expr>` documents and enforces the parameter domain: the
--     generator stops with the template position when <expr> is false;
--   * `$include "name"` inlines another template (same parameters);
--   * `${expr}` anywhere on a text line is replaced by tostring(expr).
--     A line that is only `<indent>${expr}` indents every line of a
--     multi-line value and disappears when the value is empty.
-- A Lua function defined in a template (`$local function f(...)` ... `$end`)
-- emits its text lines where it is called, so templates can share pieces.
--
-- Output is plain text; with opts.line_directives every jump in template
-- position is marked with a `#line N "template"` directive.

local M = {}

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end
M.read_file = read_file

-- Split `${...}` interpolations of one text line into Lua expression parts.
local function interpolate(line, where)
  local parts, pos = {}, 1
  while true do
    local s = line:find("${", pos, true)
    if not s then break end
    if s > pos then parts[#parts + 1] = string.format("%q", line:sub(pos, s - 1)) end
    local depth, i = 1, s + 2
    while i <= #line and depth > 0 do
      local ch = line:sub(i, i)
      if ch == "{" then depth = depth + 1 elseif ch == "}" then depth = depth - 1 end
      i = i + 1
    end
    if depth ~= 0 then error(where .. ": unbalanced ${ in template line") end
    parts[#parts + 1] = "_s(" .. line:sub(s + 2, i - 2) .. ")"
    pos = i
  end
  if pos <= #line then parts[#parts + 1] = string.format("%q", line:sub(pos)) end
  if #parts == 0 then parts[1] = '""' end
  return table.concat(parts, " .. ")
end

-- Translate template text into Lua source; `name` is used in messages,
-- `dir` resolves $include.
local function translate(text, name, dir, out)
  local lineno = 0
  for line in (text:gsub("\r\n", "\n") .. (text:sub(-1) == "\n" and "" or "\n")):gmatch("(.-)\n") do
    lineno = lineno + 1
    local where = name .. ":" .. lineno
    local code = line:match("^%s*%$(.*)$")
    if code and code:sub(1, 1) == "{" then code = nil end -- `${expr}` starts a text line
    if code then
      local expr = code:match("^assert%s+(.+)$")
      local inc = code:match("^include%s+\"([^\"]+)\"%s*$")
      if expr then
        out[#out + 1] = string.format("if not (%s) then error(%q, 0) end", expr,
          where .. ": assertion failed: " .. expr)
      elseif inc then
        translate(read_file(dir .. "/" .. inc), inc, dir, out)
      else
        out[#out + 1] = code
      end
    else
      local solo_indent, solo_expr = line:match("^(%s*)%${(.*)}%s*$")
      if solo_expr and not solo_expr:find("${", 1, true) and not solo_expr:find("}", 1, true) then
        out[#out + 1] = string.format("_block(%q, %d, %q, _s(%s))", name, lineno, solo_indent, solo_expr)
      else
        out[#out + 1] = string.format("_emit(%q, %d, %s)", name, lineno, interpolate(line, where))
      end
    end
  end
end

-- Render template file `path` with parameter table `params`.
-- Returns the output text.
function M.render(path, params, opts)
  opts = opts or {}
  local dir, name = path:match("^(.*)/([^/]+)$")
  if not dir then dir, name = ".", path end
  local src = {}
  translate(read_file(path), name, dir, src)
  local lua_src = table.concat(src, "\n")
  if os.getenv("AF_GEN_DUMP") then local f = io.open(os.getenv("AF_GEN_DUMP"), "w"); f:write(lua_src); f:close() end

  local out = {}
  local last_name, last_line = nil, -1
  local function mark(tname, tline)
    if opts.line_directives and (tname ~= last_name or tline ~= last_line + 1) then
      out[#out + 1] = string.format('#line %d "%s/%s"', tline, opts.template_dir or "templates", tname)
    end
    last_name, last_line = tname, tline
  end
  local env = setmetatable({}, { __index = function(_, k)
    local v = params[k]
    if v ~= nil then return v end
    return _G[k]
  end })
  env._s = function(v)
    if v == nil then error("template interpolated a nil value", 2) end
    return tostring(v)
  end
  env._emit = function(tname, tline, s)
    mark(tname, tline)
    out[#out + 1] = s
  end
  env._block = function(tname, tline, indent, s)
    if s == "" then return end
    mark(tname, tline)
    for l in (s:sub(-1) == "\n" and s or s .. "\n"):gmatch("(.-)\n") do
      out[#out + 1] = (l == "" and "" or indent .. l)
    end
    last_line = -1 -- a multi-line block breaks the one-to-one mapping
  end
  local chunk, err = load(lua_src, "=" .. name, "t", env)
  if not chunk then error("template " .. path .. " does not compile: " .. err) end
  chunk()
  -- collapse runs of blank lines left by code-only regions
  local text = table.concat(out, "\n") .. "\n"
  text = text:gsub("\n\n\n+", "\n\n")
  return text
end

return M
