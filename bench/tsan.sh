#!/usr/bin/env bash
# The batch's threads under ThreadSanitizer: a release build with `--sanitize=thread` (and a pthread
# mutex in place of Synchronization's, whose futex ThreadSanitizer does not see: -DVANBAN_TSAN),
# run over the corpus, the fixtures and N generated plans and pages on 2 jobs. Fails on any report.
# Usage: bench/tsan.sh [N=300]. About three minutes here (the build is most of it).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --sanitize=thread -Xswiftc -DVANBAN_TSAN --scratch-path .build-tsan >/dev/null
v=.build-tsan/release/vanban
"$v" generate --count "$n" --output "$work/plans" >/dev/null
"$v" generate --count "$n" --form html --output "$work/pages" >/dev/null
inputs=(Fixtures "$work/plans" "$work/pages")
[ -d ../shared/corpus ] && inputs+=(../shared/corpus)
# Exit code 1 is a batch with failed inputs (the unreadable fixtures): expected.
status=0
TSAN_OPTIONS="halt_on_error=0 exitcode=66 report_signal_unsafe=0" \
  "$v" batch "${inputs[@]}" --output "$work/out" --jobs 2 2>"$work/log" || status=$?
reports=$(grep -c "WARNING: ThreadSanitizer" "$work/log" || true)
echo "tsan: $(grep -c . "$work/out/documents.ndjson") documents, $reports reports, exit $status"
if [ "$reports" -gt 0 ] || [ "$status" -gt 1 ]; then
  grep -A 30 "WARNING: ThreadSanitizer" "$work/log" | head -120 >&2
  exit 1
fi
