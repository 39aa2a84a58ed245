#!/usr/bin/env python3
"""Builds the "who is not a patient" gazetteers in compliance-rules/src/main/resources/hst/lexicons/ from git
snapshots of public data sets, so the committed lists can be reproduced and audited.

Sources (each pinned to a commit; licence recorded in the output header and in NOTICE):
  briang/british-placenames  places.csv: Ordnance Survey Open Names (OGL v3) extract of Great Britain's
                             settlements with their type; the repository itself is released under the Unlicense.
                             Kept: every City and Town (English and Welsh names, e.g. Cardiff and Casnewydd).
  datasets/world-cities      data/world-cities.csv: GeoNames cities over 15,000 inhabitants (CC BY 4.0).
                             Kept: names of at most four words in Latin script.
  ALMArchive/celebs          data/pantheon.csv: Pantheon 1.0, a manually verified data set of globally famous
                             biographies (Yu, Ronen, Hu, Lu and Hidalgo, Harvard Dataverse doi:10.7910/DVN/28201,
                             CC0 1.0 per the Dataverse metadata in data/metadata/pantheon-metadata.json; the npm
                             packaging is MIT). Kept: full names of two to four words.
  ENDONYMS (below)           Welsh, Italian and Spanish names of cities the two place sources give only in English
                             (Caerdydd, Roma, Firenze, Londres...): compiled by hand for this project (facts).

Usage: python3 scripts/vocab/build_gazetteers.py [--mirror /work/.mirror] [--check]
Each source is read with `git show COMMIT:PATH` from a bare snapshot under MIRROR/<owner>+<name>/repo, so the output
depends only on the pinned commits. --check rebuilds in memory and fails if the committed files differ.
"""
import csv
import io
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab_io  # noqa: E402

ROOT = vocab_io.ROOT
LEX = vocab_io.LEX

SOURCES = {
    "os": ("briang/british-placenames", "2f869bcc887f80bc3cc7cb8644368dae6739a3ed",
           "Open Government Licence v3.0 (Ordnance Survey Open Names, contains OS data (c) Crown copyright and "
           "database right); repository released under the Unlicense"),
    "geo": ("datasets/world-cities", "49974c675a13f12ec0b8b8164f0f82f017b896fc",
            "CC BY 4.0 (data from GeoNames, https://www.geonames.org/)"),
    "pantheon": ("ALMArchive/celebs", "659baa4106c248094b6f13b03f96893e266e581c",
                 "CC0 1.0 (Pantheon 1.0, Yu et al. 2016, Harvard Dataverse doi:10.7910/DVN/28201)"),
}

# Endonyms the sources lack, by language. Only cities a post in that language would name.
ENDONYMS = {
    "cy": ["Caerdydd", "Abertawe", "Casnewydd", "Wrecsam", "Caerfyrddin", "Aberhonddu", "Caergybi", "Caernarfon",
           "Pen-y-bont ar Ogwr", "Pontypridd", "Merthyr Tudful", "Llanelli", "Aberteifi", "Y Fenni", "Y Drenewydd",
           "Y Trallwng", "Hwlffordd", "Dinbych-y-pysgod", "Llundain", "Caer", "Lerpwl", "Manceinion", "Bryste"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Firenze", "Venezia", "Genova", "Bologna", "Palermo", "Bari",
           "Catania", "Verona", "Padova", "Trieste", "Brescia", "Parma", "Modena", "Perugia", "Cagliari", "Londra",
           "Parigi", "Edimburgo"],
    "es": ["Sevilla", "Zaragoza", "Málaga", "Córdoba", "Valencia", "Bilbao", "Alicante", "Valladolid", "Vigo",
           "Gijón", "Granada", "Londres", "Edimburgo", "Nueva York", "Roma", "Florencia", "Milán", "Nápoles",
           "Turín", "Venecia", "París", "Lisboa"],
}
MAX_WORDS = 4
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' .-]+$")


def git_show(mirror, key, path):
    repo, commit, _ = SOURCES[key]
    return vocab_io.git_show(mirror, repo, commit, path)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def clean(name):
    """The name as written, tidied, or None if it is not a plain name of at most MAX_WORDS words."""
    t = re.sub(r"\s+", " ", name.strip().strip('"'))
    if not t or not LATIN.match(t) or len(t) < 3:
        return None
    if len(t.replace("-", " ").split(" ")) > MAX_WORDS:
        return None
    if not t[0].isupper():
        t = t[0].upper() + t[1:]  # "les Escaldes": lower-case articles start some GeoNames names
    return t


def unique(names):
    """Sorted accent- and case-insensitively, one entry per folded form (the first spelling wins)."""
    seen = {}
    for n in names:
        if n is not None:
            seen.setdefault(fold(n), n)
    return [seen[k] for k in sorted(seen)]


def name_keys():
    """Folded first names (first-names.txt): only a place or person whose first word is one can be taken for a
    patient's name, since the person finder starts a name at a first name (or a title, which settles it)."""
    with open(os.path.join(LEX, "first-names.txt"), encoding="utf-8") as f:
        return {fold(l.strip()) for l in f if l.strip() and not l.startswith("#")}


def first_word(name):
    return fold(re.split(r"[ '-]", name)[0])


def build(mirror):
    out = {}
    given = name_keys()
    uk = [r["name"] for r in csv.DictReader(io.StringIO(git_show(mirror, "os", "places.csv")))
          if r["type"] in ("City", "Town")]
    world = [r["name"] for r in csv.DictReader(io.StringIO(git_show(mirror, "geo", "data/world-cities.csv")))]
    hand = [n for names in ENDONYMS.values() for n in names]
    places = [p for p in unique([clean(n) for n in uk + world + hand]) if first_word(p) in given]
    lines = [
        "# privacy-places.txt - place names: a capitalised word that is a place is not a patient's name (London, Leeds,",
        "#   Caerdydd, Roma). A place that is also a given name (Florence, Chelsea, Lincoln) needs a place frame too.",
        f"# Source: https://github.com/{SOURCES['os'][0]} at commit {SOURCES['os'][1]}, places.csv, every City and Town.",
        f"#   Licence: {SOURCES['os'][2]}.",
        f"# Source: https://github.com/{SOURCES['geo'][0]} at commit {SOURCES['geo'][1]}, data/world-cities.csv",
        "#   (GeoNames cities over 15,000 inhabitants), names of at most four words in Latin script.",
        f"#   Licence: {SOURCES['geo'][2]}.",
        "# Plus Welsh, Italian and Spanish city names compiled by hand (ENDONYMS in the script; facts, project licence).",
        "# Kept: only names whose first word is in first-names.txt (no other place can be taken for a person's name).",
        f"# Generated by scripts/vocab/build_gazetteers.py; {len(places)} entries. Do not edit by hand.",
    ]
    out["privacy-places.txt"] = "\n".join(lines + places) + "\n"

    people = []
    for r in csv.DictReader(io.StringIO(git_show(mirror, "pantheon", "data/pantheon.csv"))):
        n = clean(r["name"])
        if n and 2 <= len(n.replace("-", " ").split(" ")) <= MAX_WORDS and "." not in n:
            people.append(n)
    people = [p for p in unique(people) if first_word(p) in given]
    lines = [
        "# privacy-public-figures.txt - full names of globally famous people: in a public story (a visit, an opening,",
        "#   a match) with no patient detail, such a name is not a patient's.",
        f"# Source: https://github.com/{SOURCES['pantheon'][0]} at commit {SOURCES['pantheon'][1]}, data/pantheon.csv,",
        "#   names of two to four words without initials, whose first word is in first-names.txt.",
        f"#   Licence: {SOURCES['pantheon'][2]}.",
        f"# Generated by scripts/vocab/build_gazetteers.py; {len(people)} entries. Do not edit by hand.",
    ]
    out["privacy-public-figures.txt"] = "\n".join(lines + people) + "\n"
    return out


def main():
    args = vocab_io.arguments()
    vocab_io.write_or_check(
        build(args.mirror), args.check,
        lambda name, text: f"{name}: {sum(1 for l in text.splitlines() if not l.startswith('#'))} entries, "
                           f"{len(text.encode())} bytes")


if __name__ == "__main__":
    main()
