#!/usr/bin/env bash
# Side by side with libxml2's own parse (xmllint --html --noout, the same libxml2 vanban links):
# whole process on a one-paragraph page (what starting costs each), a seed-sized page and a 100x
# page, and a 1,000-page batch on 2 cores.
# Needs: hyperfine, xmllint (Debian: hyperfine, libxml2-utils). Usage: bench/compare-xmllint.sh [SEED.txt]
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-../shared/seed/000_e24871c7ce995734.txt}
work=$(mktemp -d)
swift build -c release --static-swift-stdlib --scratch-path .build-static >/dev/null
v=.build-static/release/vanban
$v parse --format html "$seed" > "$work/seed.html"
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
s = open(w + "/seed.html", encoding="utf-8").read()
head, rest = s.split("<body>", 1)
body, tail = rest.rsplit("</body>", 1)
open(w + "/seed-x100.html", "w", encoding="utf-8").write(head + "<body>" + body * 100 + "</body>" + tail)
PY
printf '<!DOCTYPE html>\n<html lang="vi"><body><p>Kế hoạch</p></body></html>\n' > "$work/start.html"
$v generate --count 1000 --form html --output "$work/pages" >/dev/null
hyperfine -N --warmup 3 --runs 20 "xmllint --html --noout $work/start.html" "$v parse --format json $work/start.html"
hyperfine -N --warmup 3 --runs 20 "xmllint --html --noout $work/seed.html" "$v parse --format json $work/seed.html"
hyperfine -N --warmup 1 --runs 5 "xmllint --html --noout $work/seed-x100.html" "$v parse --format json $work/seed-x100.html"
hyperfine --warmup 1 --runs 3 \
  "ls $work/pages/*.html | xargs -P2 -n 500 xmllint --html --noout" \
  "$v batch $work/pages --output $work/out --jobs 2"
rm -rf "$work"
