#!/usr/bin/env python3
"""Builds the tone lexicons in compliance-rules/src/main/resources/hst/lexicons/ from open sources.

Reproducible: each source is a git mirror at a pinned commit (read with `git show`), nothing is downloaded here.
Run from the repository root:

    python3 scripts/vocab/build_tone_lexicons.py \
        --ldnoobw /path/to/LDNOOBW/repo --vader /path/to/vaderSentiment/repo --abbrev /path/to/medical_abbreviations/repo

Outputs (each with a header naming source, commit and licence; also recorded in NOTICE):
  tone-profanity.txt   swear words and slurs (LDNOOBW, CC BY 4.0), minus anatomy, sexual-health words and
                       ordinary English words that a health service uses in good faith
  tone-valence.txt     strongly positive and strongly negative words with their VADER mean valence (MIT)
  tone-abbreviations.tsv  clinical shorthand with its expansion (imantsm/medical_abbreviations, MIT) and a plain
                       wording written for this project
The script never prints list entries (only counts).
"""
import argparse
import csv
import io
import os
import subprocess
import sys

OUT = "compliance-rules/src/main/resources/hst/lexicons"

LDNOOBW_COMMIT = "5faf2ba42d7b1c0977169ec3611df25a3c08eb13"
VADER_COMMIT = "44fc044cd877310ee8278a0eadf34bcd50d41d06"
ABBREV_COMMIT = "ce0e8397e88afc953a18681100e75bcc145dd4b5"

# Words a profanity list flags that health posts use properly (catalogue UNP-03 trap list plus anatomy and
# sexual-health vocabulary). Removed from the profanity output whatever the source says.
HEALTH_WORDS = set("""
anal anus areola areolae bondage boob boobs breast breasts butt buttock buttocks circumcision clitoris condom condoms
ejaculation ejaculate erection erotic escort fart farting fingering gay genital genitals genitalia hiv intercourse
lesbian masturbation masturbate menstruation nipple nipples nude nudity oral orgasm ovary ovaries penis pee peeing
poo poop porn pornography pubic pubes queer rectum scrotum semen sex sexual sexually sexy sperm testicle testicles
testis urine urethra uterus vagina vaginal vulva womb transsexual tranny shaved spooge period periods
black white asian yellow ball balls beaver bung cock cocks dick dicks prick pricks pussy willy knob knobs
""".split())

# Swear roots kept even though they are ordinary-frequency English: they are the common swearing of posts.
SWEAR_KEEP = set("""
fuck fucking fucked fucker fuckers shit shitty bullshit bitch bitches bastard bastards bollocks wank wanker wankers
twat twats cunt cunts arsehole arseholes asshole assholes motherfucker piss pissed crap
""".split())


def git_show(repo, commit, path):
    return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout.decode(
        "utf-8")


def common_words(limit):
    """The `limit` most frequent English words from the project's own SCOWL/SUBTLEX list."""
    out = []
    with open(os.path.join(OUT, "words-en.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            out.append(line.strip())
            if len(out) >= limit:
                break
    return set(out)


def project_terms():
    terms = set()
    for name in ("conditions.txt", "procedures.txt"):
        with open(os.path.join(OUT, name), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    terms.update(line.strip().lower().split())
    return terms


def profanity(repo):
    raw = git_show(repo, LDNOOBW_COMMIT, "en").splitlines()
    common = common_words(20000)
    medical = project_terms()
    kept = set()
    for entry in raw:
        w = entry.strip().lower()
        if not w or " " in w or not w.replace("-", "").isalpha():
            continue  # single words only: the multi-word entries are mostly sexual descriptions, not swearing
        if w in HEALTH_WORDS or w in medical:
            continue
        if w in common and w not in SWEAR_KEEP:
            continue
        kept.add(w)
    kept |= SWEAR_KEEP
    header = [
        "# tone-profanity.txt - swear words and slurs, lower case, one a line, for the tone model's PROFANITY cue.",
        "# Source: https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words file 'en'",
        f"#   commit {LDNOOBW_COMMIT}; licence CC BY 4.0 (Shutterstock and contributors). Modified: single words only;",
        "#   anatomy and sexual-health words removed; ordinary words among the 20,000 commonest English words removed",
        "#   except common swear roots, which this project adds (SWEAR_KEEP in the script).",
        "# Built by scripts/vocab/build_tone_lexicons.py; do not edit by hand.",
    ]
    write("tone-profanity.txt", header, sorted(kept))
    return len(raw), len(kept)


def valence(repo):
    text = git_show(repo, VADER_COMMIT, "vaderSentiment/vader_lexicon.txt")
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        word, mean = parts[0], float(parts[1])
        if not word.isalpha() or not word.islower() or len(word) < 3:
            continue
        if mean >= 2.0 or mean <= -2.0:
            rows.append(f"{word}\t{mean:.1f}")
    header = [
        "# tone-valence.txt - word<TAB>mean valence (-4 most negative .. +4 most positive), |valence| >= 2.0 only.",
        "# Source: https://github.com/cjhutto/vaderSentiment vaderSentiment/vader_lexicon.txt",
        f"#   commit {VADER_COMMIT}; licence MIT (Copyright (c) 2016 C.J. Hutto). Modified: lower-case alphabetic",
        "#   words of 3+ letters with |mean| >= 2.0; standard deviations and ratings dropped.",
        "# Built by scripts/vocab/build_tone_lexicons.py; do not edit by hand.",
    ]
    write("tone-valence.txt", header, sorted(rows))
    return len(rows)


# Shorthand that real posts use unexplained, with a plain wording written for this project. The expansion comes
# from the source list; an abbreviation missing there is an error, so the list stays tied to its source.
PLAIN = {
    "DNR": "do not resuscitate (a decision not to attempt CPR)",
    "ABG": "a blood test from an artery",
    "AXR": "an X-ray of the tummy",
    "CXR": "a chest X-ray",
    "NIV": "breathing support through a mask",
    "TPN": "feeding through a drip",
    "PICC": "a thin tube put into a vein in the arm",
    "VTE": "blood clots",
    "CCU": "the coronary (heart) care unit",
    "ECMO": "a machine that does the work of the heart and lungs",
    "SpO2": "oxygen level",
}


def abbreviations(repo):
    listing = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", ABBREV_COMMIT, "CSVs/"], check=True,
                             capture_output=True).stdout.decode("utf-8").splitlines()
    expansions = {}
    for path in listing:
        if not path.endswith(".csv"):
            continue
        for row in csv.reader(io.StringIO(git_show(repo, ABBREV_COMMIT, path))):
            if len(row) >= 2 and row[0] in PLAIN and row[0] not in expansions:
                expansions[row[0]] = row[1].strip()
    missing = sorted(set(PLAIN) - set(expansions))
    if missing:
        sys.exit("not in the source list: " + ", ".join(missing))
    header = [
        "# tone-abbreviations.tsv - abbreviation<TAB>expansion<TAB>plain wording, case-sensitive, read by clarity.abbreviation.",
        "# Expansions: https://github.com/imantsm/medical_abbreviations CSVs/*.csv",
        f"#   commit {ABBREV_COMMIT}; licence MIT (Copyright (c) 2020 imantsm). Plain wordings written for this project.",
        "# Built by scripts/vocab/build_tone_lexicons.py; do not edit by hand.",
    ]
    write("tone-abbreviations.tsv", header, [f"{a}\t{expansions[a]}\t{PLAIN[a]}" for a in sorted(PLAIN)])
    return len(PLAIN)


def write(name, header, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + list(lines)) + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ldnoobw", required=True)
    p.add_argument("--vader", required=True)
    p.add_argument("--abbrev", required=True)
    a = p.parse_args()
    n_raw, n_prof = profanity(a.ldnoobw)
    print(f"tone-profanity.txt: {n_prof} words kept of {n_raw} source entries")
    print(f"tone-valence.txt: {valence(a.vader)} words")
    print(f"tone-abbreviations.tsv: {abbreviations(a.abbrev)} abbreviations")


if __name__ == "__main__":
    main()
