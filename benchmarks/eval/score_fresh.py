#!/usr/bin/env python3
"""Scores hst's JSON Lines report on fresh-posts.jsonl: posts written for this check by the project
(never used to build or tune a rule), each marked "clean" or with the privacy kind it discloses.

Usage: java -jar compliance-cli/target/hst.jar check --format jsonl benchmarks/eval/fresh-posts.jsonl > out.jsonl
       python3 benchmarks/eval/score_fresh.py benchmarks/eval/fresh-posts.jsonl out.jsonl [--list]

Prints: clean posts with no privacy finding (and with no finding at all), privacy posts with at least
one privacy finding, and with a finding of the expected kind. --list names the ids that miss (ids only,
never the text)."""
import json
import sys


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    gold = {}
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                p = json.loads(line)
                gold[p["id"]] = p["expect"]
    got = {}
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                got[r["id"]] = r.get("findings", [])
    missing = [i for i in gold if i not in got]
    if missing:
        sys.exit(f"{len(missing)} posts have no report, first: {missing[0]}")
    clean = [i for i, e in gold.items() if e == "clean"]
    private = [i for i, e in gold.items() if e != "clean"]
    clean_ok = [i for i in clean if not any(f["category"] == "privacy" for f in got[i])]
    clean_silent = [i for i in clean if not got[i]]
    caught = [i for i in private if any(f["category"] == "privacy" for f in got[i])]
    kind_ok = [i for i in private if any(f.get("kind") == gold[i] for f in got[i])]
    print(f"clean posts without a privacy finding {len(clean_ok)}/{len(clean)} = {len(clean_ok)/len(clean):.3f}"
          f"  (without any finding {len(clean_silent)}/{len(clean)})")
    print(f"privacy posts caught {len(caught)}/{len(private)} = {len(caught)/len(private):.3f}"
          f"  (with the expected kind {len(kind_ok)}/{len(private)} = {len(kind_ok)/len(private):.3f})")
    if "--list" in argv:
        print("false alarms:", " ".join(i for i in clean if i not in clean_ok))
        print("missed:", " ".join(i for i in private if i not in caught))
        print("wrong kind:", " ".join(i for i in private if i in caught and i not in kind_ok))


if __name__ == "__main__":
    main(sys.argv)
