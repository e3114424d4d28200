#!/usr/bin/env bash
# vanban under AddressSanitizer (and its leak checker): a release build with `--sanitize=address`,
# run on every fixture and corpus document through `parse --format json`, `parse --format docx`,
# `check --format sarif` and `tables --long`, a batch of them all with Word files and pages
# generated besides on 2 jobs, and the mutation fuzzer's N inputs. Fails on any report.
# Usage: bench/asan.sh [N=300] [SEED=1]. About three minutes here (the build is half of it).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
seed=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --sanitize=address --scratch-path .build-asan >/dev/null
v=.build-asan/release/vanban
# A report ends the run with exit 99 (the fuzzer counts any exit above 4 as a problem).
export ASAN_OPTIONS=detect_leaks=1:exitcode=99
reports=0
files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(find Fixtures ../shared/corpus -type f \
  \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.docx' -o -name '*.doc' -o -name '*.odt' -o -name '*.fodt' -o -name '*.rtf' -o -name '*.pdf' -o -name '*.png' \) \
  ! -name '*.source.txt' -print0 2>/dev/null | sort -z)
for f in "${files[@]}"; do
  for run in "parse --format json" "parse --format docx" "check --format sarif" "tables --long"; do
    # shellcheck disable=SC2086
    $v $run "$f" >/dev/null 2>"$work/err" || true
    if grep -q "Sanitizer" "$work/err"; then
      reports=$((reports + 1))
      echo "asan: $run $f" >&2
      grep -A 12 "Sanitizer" "$work/err" | head -24 >&2
    fi
  done
done
"$v" generate --count 100 --form docx --output "$work/words" >/dev/null
"$v" generate --count 100 --form html --output "$work/pages" >/dev/null
"$v" batch "${files[@]}" "$work/words" "$work/pages" --output "$work/out" --jobs 2 >/dev/null 2>"$work/err" || true
if grep -q "Sanitizer" "$work/err"; then
  reports=$((reports + 1))
  grep -A 12 "Sanitizer" "$work/err" | head -40 >&2
fi
echo "asan: ${#files[@]} documents in four runs each, a batch of $(grep -c . "$work/out/documents.ndjson") documents: $reports reports"
python3 bench/fuzz.py --seed "$seed" --count "$n" --binary "$v" --out "$work/fuzz"
[ "$reports" -eq 0 ]
