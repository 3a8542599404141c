#!/usr/bin/env bash
# Fails on pipelines that make a `set -o pipefail` script flaky.
#
#   tools/check-pipelines.sh [FILE...]     (default: every shell script git tracks)
#   tools/check-pipelines.sh --self-test   (the check must catch what it claims to)
#
# `writer | grep -q PATTERN` exits at the first match; when the writer is still
# writing it dies of SIGPIPE, and under pipefail the whole pipeline fails
# although the pattern was found (measured: `ldd /bin/bash | grep -q libc`
# fails about 1 run in 6). Inside an `if` the same race turns "found" into
# "not found". `head`, `grep -m`, `grep -l` and `grep --quiet` stop reading
# early in the same way. In a script with pipefail, capture the writer's
# output first and search the variable (`grep -q X <<<"$out"`), use
# `find -print -quit` instead of `| head -n 1`, or a reader that drains its
# input (`grep -c`, `grep X >/dev/null`, `tail`).
set -euo pipefail
cd "$(dirname "$0")/.."

# An unquoted pipe (not `||`) followed by a reader that may stop early.
early='(^|[^|])\|[[:space:]]*(grep[[:space:]]+([^|;&]*[[:space:]])?(-[A-Za-z]*[qlLm][A-Za-z0-9]*|--quiet|--silent|--max-count[= ]|--files-with(out)?-match(es)?)([[:space:]]|$)|head([[:space:]]|$))'

# Prints FILE:LINE: text for every offending pipeline of a pipefail script.
# Comment lines are skipped; a line ending in `|` or `\` is joined with the
# next, so a reader on the following line is seen too.
scan() {
  local f=$1
  grep -Eq '^[^#]*(set[[:space:]].*-[a-z]*o[[:space:]]+pipefail|set[[:space:]]+-o[[:space:]]+pipefail|pipefail)' "$f" ||
    return 0
  RE=$early awk -v file="$f" '
    /^[[:space:]]*#/ { if (buf == "") next }
    {
      line = $0
      if (buf == "") start = NR
      buf = buf " " line
      if (line ~ /(\||\\)[[:space:]]*$/) next
      if (buf ~ ENVIRON["RE"]) { printf "%s:%d:%s\n", file, start, buf; bad = 1 }
      buf = ""
    }
    END { exit bad }
  ' "$f"
}

self_test() {
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  local -a bad=(
    'ldd x @ grep -q libfoo'
    'if nm -u x.o @ grep -q attnforge_; then :; fi'
    'printf "%s\n" "$out" @ grep -qE "ok"'
    'x=$(ls a* @ head -n 1)'
    'cmd @ grep -m1 y'
    'cmd @ grep --quiet y'
    'cmd @ grep -E -q y'
    'cmd @
       head -n 3'
  )
  local -a good=(
    'grep -q libfoo <<<"$deps"'
    'grep -q x file.txt'
    'cmd @ grep -c y'
    'cmd @ grep y >/dev/null'
    'cmd @ tail -n 1'
    'a @@ head -n 1 file'
    '# ldd x @ grep -q libfoo'
    'cmd @ grep -E "q" @ sed s/a/b/'
  )
  # in the cases, @ stands for a pipe, so that this file does not flag itself
  local s n=0
  for s in "${bad[@]}"; do
    s=${s//@/|}
    printf '#!/bin/bash\nset -euo pipefail\n%s\n' "$s" >"$tmp/t.sh"
    if scan "$tmp/t.sh" >/dev/null; then echo "check-pipelines self-test: missed: $s" >&2; return 1; fi
    # the same line is fine without pipefail
    printf '#!/bin/bash\nset -eu\n%s\n' "$s" >"$tmp/t.sh"
    if ! scan "$tmp/t.sh" >/dev/null; then echo "check-pipelines self-test: flagged without pipefail: $s" >&2; return 1; fi
    n=$((n + 1))
  done
  for s in "${good[@]}"; do
    s=${s//@/|}
    printf '#!/bin/bash\nset -euo pipefail\n%s\n' "$s" >"$tmp/t.sh"
    if ! scan "$tmp/t.sh" >/dev/null; then echo "check-pipelines self-test: false alarm: $s" >&2; return 1; fi
    n=$((n + 1))
  done
  echo "check-pipelines: self-test passed ($n cases)"
}

if [ "${1:-}" = --self-test ]; then
  self_test
  exit
fi

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  while IFS= read -r f; do
    case "$f" in
    *.sh | .ci/*) files+=("$f") ;;
    */*.* | *.*) ;;
    *)
      first=
      [ -f "$f" ] && { IFS= read -r first <"$f" || true; }
      [[ $first == '#!'*sh* ]] && files+=("$f")
      ;;
    esac
  done < <(git ls-files)
fi
status=0
for f in "${files[@]}"; do scan "$f" || status=1; done
if [ $status -ne 0 ]; then
  echo "check-pipelines: the pipelines above can fail at random under pipefail (see tools/check-pipelines.sh)" >&2
  exit 1
fi
echo "check-pipelines: ${#files[@]} scripts, no early-exiting reader after a pipe under pipefail"
