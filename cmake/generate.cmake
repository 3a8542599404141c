# Generated kernels.
#
# By default the committed generated/ is used as is (no Lua needed):
# ATTNFORGE_GENERATED_SOURCES lists its files and ATTNFORGE_GENERATED_DIR points
# at it (add it to the include path: registry.inc lives there).
#
# With -DATTNFORGE_HEAD_DIMS="64;80;128;192:128" (and optionally
# -DATTNFORGE_DTYPES="f32;f16" / -DATTNFORGE_ISAS="scalar;avx2"), when that
# differs from the committed manifest (gen/manifest.lua), the kernels are
# regenerated with lua5.4 into ${CMAKE_BINARY_DIR}/generated at configure time,
# and again whenever a template or the generator changes (the generator
# rewrites only files whose text changed). Needs lua5.4.

set(ATTNFORGE_HEAD_DIMS "" CACHE STRING
  "Head dims of the generated kernels, e.g. 64;80;128;192:128 (empty: the committed generated/)")
set(ATTNFORGE_DTYPES "" CACHE STRING "dtypes of the generated kernels, e.g. f32;f16;bf16 (empty: all)")
set(ATTNFORGE_ISAS "" CACHE STRING
  "ISAs of the generated kernels (templates/isa/<name>.lua), e.g. scalar;avx2 (empty: all)")
# With -DATTNFORGE_NARROW=ON those three filter the committed manifest instead
# of replacing it by their product (the generator's --narrow): e.g.
# -DATTNFORGE_ISAS="scalar;avx2" -DATTNFORGE_NARROW=ON builds exactly the
# committed scalar and AVX2 kernels, not every format at every head dim.
option(ATTNFORGE_NARROW
  "ATTNFORGE_HEAD_DIMS/DTYPES/ISAS keep only the committed manifest's variants on those axes (not their product)" OFF)

set(_af_root "${CMAKE_CURRENT_LIST_DIR}/..")
get_filename_component(_af_root "${_af_root}" ABSOLUTE)

# The committed default, as the generator recorded it in generated/sources.cmake.
include("${_af_root}/generated/sources.cmake")
set(_af_default_dims "${ATTNFORGE_GENERATED_HEAD_DIMS}")
set(_af_default_dtypes "${ATTNFORGE_GENERATED_DTYPES}")
set(_af_default_isas "${ATTNFORGE_GENERATED_ISAS}")

function(_af_normalize out list default)
  if("${list}" STREQUAL "")
    set(list "${default}")
  endif()
  string(REPLACE "," ";" list "${list}")
  list(REMOVE_DUPLICATES list)
  list(SORT list)
  set(${out} "${list}" PARENT_SCOPE)
endfunction()
_af_normalize(_af_dims "${ATTNFORGE_HEAD_DIMS}" "${_af_default_dims}")
_af_normalize(_af_dtypes "${ATTNFORGE_DTYPES}" "${_af_default_dtypes}")
_af_normalize(_af_isas "${ATTNFORGE_ISAS}" "${_af_default_isas}")
_af_normalize(_af_ddims "" "${_af_default_dims}")
_af_normalize(_af_ddtypes "" "${_af_default_dtypes}")
_af_normalize(_af_disas "" "${_af_default_isas}")

# Regenerates kernels for the lists dims, dtypes and isas (CMake lists) into
# out with lua5.4 and includes out/sources.cmake, which sets
# ATTNFORGE_GENERATED_SOURCES / _DIR in the caller's scope (a macro, for
# that); the caller's directory reconfigures when the generator or a
# template changes. why names the option that asked, for the error message.
macro(attnforge_generate_into out dims dtypes isas why)
  find_program(ATTNFORGE_LUA NAMES lua5.4 lua54)
  if(NOT ATTNFORGE_LUA)
    message(FATAL_ERROR
      "attnforge: ${why} asks for kernels other than the committed generated/, which needs "
      "lua5.4 to regenerate them (apt-get install lua5.4), or leave it empty.")
  endif()
  string(REPLACE ";" "," _af_dims_arg "${dims}")
  string(REPLACE ";" "," _af_dtypes_arg "${dtypes}")
  string(REPLACE ";" "," _af_isas_arg "${isas}")
  set(_af_narrow_arg)
  set(_af_narrow_msg)
  if(ATTNFORGE_NARROW)
    set(_af_narrow_arg --narrow)
    set(_af_narrow_msg " (the committed manifest's variants only)")
  endif()
  execute_process(
    COMMAND "${ATTNFORGE_LUA}" "${_af_root}/gen/attnforge-gen.lua" --quiet ${_af_narrow_arg}
            --head-dims "${_af_dims_arg}" --dtypes "${_af_dtypes_arg}" --isa "${_af_isas_arg}"
            --out "${out}"
    WORKING_DIRECTORY "${_af_root}"
    RESULT_VARIABLE _af_rc
    ERROR_VARIABLE _af_err)
  if(NOT _af_rc EQUAL 0)
    message(FATAL_ERROR "attnforge: kernel generation failed (${_af_rc}):\n${_af_err}")
  endif()
  message(STATUS "attnforge: generated kernels for head dims ${_af_dims_arg}, dtypes "
                 "${_af_dtypes_arg}, ISAs ${_af_isas_arg}${_af_narrow_msg} into ${out}")
  include("${out}/sources.cmake")
  file(GLOB _af_gen_inputs CONFIGURE_DEPENDS
    "${_af_root}/gen/*.lua" "${_af_root}/templates/*.in" "${_af_root}/templates/*.lua"
    "${_af_root}/templates/isa/*.lua" "${_af_root}/templates/fmt/*.lua")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_af_gen_inputs})
endmacro()

if(_af_dims STREQUAL _af_ddims AND _af_dtypes STREQUAL _af_ddtypes AND _af_isas STREQUAL _af_disas)
  message(STATUS "attnforge: generated kernels from the committed generated/")
else()
  attnforge_generate_into("${CMAKE_BINARY_DIR}/generated" "${_af_dims}" "${_af_dtypes}" "${_af_isas}"
                          "ATTNFORGE_HEAD_DIMS/DTYPES/ISAS")
endif()
