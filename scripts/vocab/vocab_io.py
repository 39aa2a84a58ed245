"""What every vocabulary build script shares: reading a pinned file out of a fetched snapshot, and writing the
lexicon files or (with --check) comparing them with a rebuild.

A snapshot is the git directory the workplace's `fetch` brings, under --mirror as <owner>+<name>/repo."""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEX = os.path.join(ROOT, "compliance-rules", "src", "main", "resources", "hst", "lexicons")


def git_show(mirror, repo, commit, path):
    """The text of `path` at `commit` in the snapshot of `repo` (owner/name) under `mirror`."""
    d = os.path.join(mirror, repo.replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(d, ".git")):
        d = os.path.join(d, ".git")
    out = subprocess.run(["git", "--git-dir", d, "show", f"{commit}:{path}"], check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def arguments():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror", help="where fetched snapshots are")
    ap.add_argument("--check", action="store_true", help="compare the committed files with a rebuild; write nothing")
    return ap.parse_args()


def write_or_check(out, check, describe, describe_when_checking=False):
    """Writes each {file name: text} of `out` into the lexicon folder, printing describe(name, text), or with
    `check` reports each file that differs from its rebuild (and prints the descriptions too when
    `describe_when_checking`). Exits 1 when one differs, else 0."""
    bad = 0
    for name, text in out.items():
        path = os.path.join(LEX, name)
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"{path}: differs from a rebuild", file=sys.stderr)
                    bad = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        if not check or describe_when_checking:
            print(describe(name, text))
    sys.exit(bad)
