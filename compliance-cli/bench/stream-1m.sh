#!/bin/sh
# Measures 'hst check' streaming a large JSON Lines file: wall time, peak RSS, and that every report comes back
# in input order. Not a unit test (it takes minutes); run by hand after './mvnw -q package -DskipTests':
#
#   compliance-cli/bench/stream-1m.sh [POSTS] [HEAP]      # defaults: 1000000 posts, -Xmx256m
#
# The posts are the examples' drafts repeated with unique ids (no external data). A heap cap far below the input
# size shows the run is constant-memory: the pipeline holds a bounded number of posts whatever the file size.
set -eu
N="${1:-1000000}"
HEAP="${2:-256m}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/hst.jar"
cp "$ROOT/compliance-cli/target/hst.jar" "$JAR"   # a rebuild during the run must not change the jar under it

python3 - "$N" "$ROOT/examples/posts.jsonl" "$WORK/in.jsonl" <<'PY'
import json, sys
n, src, dst = int(sys.argv[1]), sys.argv[2], sys.argv[3]
posts = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with open(dst, "w", encoding="utf-8") as out:
    for i in range(n):
        p = dict(posts[i % len(posts)])
        p["id"] = "b%07d" % i
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
PY
echo "input: $N posts, $(du -h "$WORK/in.jsonl" | cut -f1)"

/usr/bin/time -v java "-Xmx$HEAP" -jar "$JAR" check --no-config --format jsonl --fail-on never "$WORK/in.jsonl" \
  > "$WORK/out.jsonl" 2> "$WORK/time.txt" || { cat "$WORK/time.txt"; exit 1; }
grep -E "posts:|Elapsed \(wall|Maximum resident|Percent of CPU" "$WORK/time.txt"

python3 - "$N" "$WORK/out.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1]); i = 0
for line in open(sys.argv[2], encoding="utf-8"):
    rid = json.loads(line)["id"]
    assert rid == "b%07d" % i, "out of order at %d: %s" % (i, rid)
    i += 1
assert i == n, "expected %d reports, got %d" % (n, i)
print("order: all %d reports in input order" % n)
PY
