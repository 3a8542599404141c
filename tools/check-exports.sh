#!/usr/bin/env bash
# Checks what an attnforge library shows the linker.
#   tools/check-exports.sh LIBRARY [HEADER]     (HEADER: runtime/attnforge.h)
# Shared library: its dynamic symbol table must define exactly the functions
# the public header marks ATTNFORGE_API: every one of them, nothing else (the
# internal attnforge_* functions and the kernels are hidden by
# -fvisibility=hidden). Static archive or object: every global symbol it
# defines must start with attnforge_ (a static library cannot hide them, so
# they must at least stay in the library's namespace).
set -euo pipefail
lib=${1:?usage: check-exports.sh LIBRARY [HEADER]}
header=${2:-$(dirname "$0")/../runtime/attnforge.h}

fail() { echo "check-exports: $lib: $*" >&2; exit 1; }

case "$lib" in
*.so | *.so.* | *.dylib)
  api=$(tr '\n' ' ' < "$header" | grep -oE 'ATTNFORGE_API[^;(]*\(' |
        grep -oE '[A-Za-z_][A-Za-z0-9_]*[[:space:]]*\($' | tr -d ' (' | grep '^attnforge_' | sort -u)
  [ -n "$api" ] || fail "no ATTNFORGE_API functions found in $header"
  exported=$(nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' | sort -u)
  extra=$(comm -13 <(echo "$api") <(echo "$exported"))
  missing=$(comm -23 <(echo "$api") <(echo "$exported"))
  [ -z "$extra" ] || fail "exports symbols that are not public API: $(echo $extra)"
  [ -z "$missing" ] || fail "does not export public API functions: $(echo $missing)"
  echo "check-exports: $lib exports exactly the $(echo "$api" | wc -l) public functions"
  ;;
*)
  defined=$(nm -g --defined-only "$lib" 2>/dev/null | awk 'NF >= 3 { print $3 }' | sort -u)
  [ -n "$defined" ] || fail "defines no global symbol"
  bad=$(echo "$defined" | grep -v '^attnforge_' || true)
  [ -z "$bad" ] || fail "defines global symbols outside the attnforge_ namespace: $(echo $bad)"
  echo "check-exports: $lib: all $(echo "$defined" | wc -l) global symbols start with attnforge_"
  ;;
esac
