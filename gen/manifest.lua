-- The default manifest: what `lua5.4 gen/attnforge-gen.lua` generates into
-- generated/ (and what is committed there). One edit here (or the CLI flags
-- --head-dims / --dtypes / --isa) and a regeneration is all a new variant
-- needs: kernel files, generated/registry.inc and generated/sources.cmake
-- follow, and tests/test_variants.c tests whatever the registry lists.
return {
  -- Head dims: a number n means Dk = Dv = n; "dk:dv" (e.g. "192:128") a pair.
  head_dims = { 64, 128, 256, "192:128" },
  -- storage formats: names of templates/fmt/<name>.lua, or "all"
  dtypes = "all",
  -- "all": every module in templates/isa/ (a module may limit its dtypes).
  isas = "all",
}
