#!/usr/bin/env bash
# Instructions executed (callgrind) by one `parse --format json` over N generated plans: a measure
# the host's noise does not move, for comparing two commits (wall-clock MB/s: `vanban bench`).
# SHA-256 runs on the SHA extensions natively but on plain x86-64 code under valgrind (Nettle picks
# by the CPU it is shown): its share is printed apart.
# Needs: valgrind and objcopy (Debian: valgrind, binutils). Usage: bench/instructions.sh [N=100] [FORM=pipe-text]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
form=${2:-pipe-text}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib --scratch-path .build-static >/dev/null
# valgrind cannot read the Swift toolchain's DWARF: a copy without it, its symbols kept.
objcopy --strip-debug .build-static/release/vanban "$work/vanban"
"$work/vanban" generate --count "$n" --form "$form" --output "$work/docs" >/dev/null
# Hashing seeded alike in every run, so that two runs of one commit count alike; glibc's cache of
# freed blocks as a run over as many documents sets it (Allocator.manyDocumentsTunables: under
# valgrind vanban does not start itself again to set it).
GLIBC_TUNABLES=glibc.malloc.tcache_count=1024 SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/vanban" parse --format json "$work"/docs/* >/dev/null 2>"$work/log"
bytes=$(cat "$work"/docs/* | wc -c)
total=$(callgrind_annotate "$work/cg.out" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
# Nettle's block function (whoever calls it: the update, or the digest's last block).
sha=$(callgrind_annotate --inclusive=yes "$work/cg.out" | awk '!found && /:_nettle_sha256_compress / {gsub(",", "", $1); print $1; found = 1}')
echo "documents: $n ($form), $bytes bytes"
echo "instructions: $total ($(( total / bytes )) per byte); of which SHA-256 under valgrind: ${sha:-0}"
echo "without SHA-256: $(( total - ${sha:-0} )) ($(( (total - ${sha:-0}) / bytes )) per byte)"
