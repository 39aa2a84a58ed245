#!/usr/bin/env python3
"""Builds the open clinical vocabularies in compliance-rules/src/main/resources/hst/lexicons/ from git snapshots of
public ontologies, so the committed lexicons can be reproduced and audited.

Sources (each pinned to a commit; licence recorded in the output header and in NOTICE):
  DiseaseOntology/HumanDiseaseOntology  CC0 1.0   disease labels (DOreports/HumanDO.tsv), exact synonyms and
                                                   Spanish labels (src/translations/doid-es-translated.tsv)
  DiseaseOntology/SymptomOntology       CC0 1.0   symptom names and exact synonyms (src/ontology/symp.obo)
  obophenotype/human-phenotype-ontology HPO licence  lay-person phenotype synonyms (reports/layperson-synonyms.tsv)
  cpicpgx/cpic-schema                   CC0 1.0   RxNorm ingredient names of medicines (drug.sql)

Usage: python3 scripts/vocab/build_health_vocab.py [--mirror /work/.mirror] [--check]
Each source is read with `git show COMMIT:PATH` from a bare snapshot under MIRROR/<owner>+<name>/repo, so the output
depends only on the pinned commits. --check rebuilds in memory and fails if the committed files differ.

Filters keep what people write in posts and drop what would misfire: entries of at most four words, letters
(with hyphens, apostrophes and short numbers) only, no obsolete terms, no all-capitals abbreviations, and no
single word that is among the commonest English words (words-en.txt rank < COMMON) unless the hand-compiled
lexicons already hold it, and no single word that is a first name, surname or Welsh word.
"""
import csv
import io
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab_io  # noqa: E402

ROOT = vocab_io.ROOT
LEX = vocab_io.LEX

SOURCES = {
    "do": ("DiseaseOntology/HumanDiseaseOntology", "9fbefd6651b79526165453395d06c8fd4bfe4247", "CC0 1.0"),
    "symp": ("DiseaseOntology/SymptomOntology", "7a295d9856d8ce1af613e5b53b6af84940260605", "CC0 1.0"),
    "hpo": ("obophenotype/human-phenotype-ontology", "af70204caaaac7023f6606ead6a3970d5c303575",
            "HPO licence (https://hpo.jax.org/app/license): free use with attribution; terms used unaltered"),
    "cpic": ("cpicpgx/cpic-schema", "d6937ecf6595762050a8cb9be47d097e251bf1f8",
             "CC0 1.0 (CPIC data, https://cpicpgx.org/license/); names are RxNorm normalized names (NLM, public)"),
}
COMMON = 8000
MAX_WORDS = 4
OK = re.compile(r"^[a-zà-öø-ÿ][a-zà-öø-ÿ0-9' -]*[a-zà-öø-ÿ0-9]$")
# Words that make a label a category or a research term, not something a post says about a person.
DROP_WORDS = {"obsolete", "disease", "disorder", "syndrome", "abnormality", "morphology", "phenotype", "finding",
              "process", "susceptibility", "trait", "variant", "type", "entity", "by", "of the", "other",
              "unspecified", "specific", "primary", "secondary", "deprecated", "physiology", "physiological",
              "organism", "infectious agent", "sign", "symptom", "habitus", "abnormal", "anomaly"}
# Words that make a phrase of everyday words clinical ("chest pain", "dry cough", "high blood sugar").
CLINICAL_HEADS = {"pain", "bleeding", "infection", "tumor", "tumour", "tumours", "tumors", "cancer", "disease",
                  "failure", "loss", "fever", "cough", "asthma", "obesity", "breathing", "vision", "hearing",
                  "sugar", "weight", "attack", "block", "beat", "beating", "drop", "control", "addiction",
                  "depression", "diabetes", "stroke", "seizure", "fits", "bowel", "kidney", "kidneys", "lung",
                  "blood", "heart", "liver", "brain", "teeth", "speech", "memory", "taste", "smell", "walking",
                  "disability", "problems", "trouble", "throwing", "passing", "wound", "symptom", "symptoms"}
# Everyday substances in the medicine table: a post naming them is not about a treatment.
EVERYDAY = {"caffeine", "ethanol", "nicotine", "platinum", "vitamin c", "methylene blue", "sodium nitrite"}
ALONE_DROP = {"disease", "disorder", "syndrome", "cancer", "carcinoma", "pain", "mass", "lesion", "infection",
              "inflammation", "ache", "fever"}


def git_show(mirror, key, path):
    repo, commit, _ = SOURCES[key]
    return vocab_io.git_show(mirror, repo, commit, path)


def load_list(name):
    out = []
    with open(os.path.join(LEX, name), encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s and not s.startswith("#"):
                out.append(s)
    return out


def ranks():
    return {w: i for i, w in enumerate(load_list("words-en.txt"))}


class Filter:
    def __init__(self):
        self.rank = ranks()
        self.hand = {s.lower() for f in ("conditions.txt", "procedures.txt", "privacy-health-cy-es-it.txt")
                     for s in load_list(f)}
        # A single word that is a first name, a surname or a Welsh word ("whitehead", "tejas") would make a
        # person's name look like a health detail.
        self.names = {s.lower() for f in ("first-names.txt", "surnames.txt", "words-cy.txt") for s in load_list(f)}

    def clean(self, term):
        """The lower-case term to keep, or None."""
        t = term.strip().strip('"')
        if not t or t.isupper() and len(t) <= 6 or any(c in t for c in "(),/;:[]{}_.+&%"):
            return None
        t = t.lower()
        t = re.sub(r"\s+", " ", t)
        if not OK.match(t):
            return None
        words = t.split(" ")
        if len(words) > MAX_WORDS or any(w in DROP_WORDS for w in words if len(words) == 1) \
                or "obsolete" in words:
            return None
        if sum(1 for w in words if any(c.isdigit() for c in w)) > 1:
            return None
        if " - " in t or any(w.isdigit() for w in words) and not re.search(r"\b(type|stage|grade) [0-9]\b", t):
            return None  # "deafness 68": numbered research entities
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words):
            return None  # gene and strain codes (brca1, h1n1 stays in the hand list)
        if t in EVERYDAY:
            return None
        if len(words) == 1:
            if t in self.hand:
                return None  # already in the hand lists
            if t in ALONE_DROP or len(t) < 4 or self.rank.get(t, 10**9) < COMMON or t in self.names:
                return None
        elif t in self.hand:
            return None
        if len(words) > 1 and all(self.rank.get(w, 10**9) < 300 for w in words):
            return None  # "the end", "no more": function words only
        if len(words) > 1 and all(self.rank.get(w, 10**9) < 5000 for w in words) \
                and not any(w in CLINICAL_HEADS for w in words):
            return None  # "blue eyes", "big nose", "open mouth": appearance in everyday words, not a finding
        return t


def obo_terms(text, exact_only=True):
    out = []
    obsolete = False
    names = []
    for line in text.splitlines() + ["[Term]"]:
        if line.startswith("[Term]") or line.startswith("[Typedef]"):
            if not obsolete:
                out.extend(names)
            names, obsolete = [], False
        elif line.startswith("name: "):
            names.append(line[6:])
        elif line.startswith("is_obsolete: true"):
            obsolete = True
        elif line.startswith("synonym: "):
            m = re.match(r'synonym: "(.*)" (EXACT|RELATED|NARROW|BROAD)', line)
            if m and (m.group(2) == "EXACT" or not exact_only):
                names.append(m.group(1))
    return out


def build(mirror):
    flt = Filter()
    files = {}
    # Diseases: English labels and exact synonyms; Spanish labels and synonyms.
    en, es = [], []
    for row in csv.reader(io.StringIO(git_show(mirror, "do", "DOreports/HumanDO.tsv")), delimiter="\t"):
        if row and row[0].startswith("DOID"):
            en.extend(row[1:3])  # the label and its parent's label (a parent may have no row of its own)
    tr = csv.DictReader(io.StringIO(git_show(mirror, "do", "src/translations/doid-es-translated.tsv")),
                        delimiter="\t")
    for row in tr:
        if row["predicate"] in ("rdfs:label", "oboInOwl:hasExactSynonym"):
            en.append(row["source_text"])
            es.append(row["translation_text"])
    files["health-diseases.txt"] = ("do", "disease names and exact synonyms (English)", en)
    files["health-diseases-es.txt"] = ("do", "disease names and exact synonyms (Spanish translations)", es)
    symp = obo_terms(git_show(mirror, "symp", "src/ontology/symp.obo"))
    lay = []
    for row in csv.reader(io.StringIO(git_show(mirror, "hpo", "reports/layperson-synonyms.tsv")), delimiter="\t"):
        if row and row[0].startswith("<"):
            lay.append(row[2])
    files["health-symptoms.txt"] = ("symp", "signs and symptoms (Symptom Ontology names and exact synonyms)", symp)
    files["health-phenotypes-lay.txt"] = ("hpo", "lay-person names of clinical findings (HPO layperson synonyms)",
                                          lay)
    drugs = []
    for line in git_show(mirror, "cpic", "drug.sql").splitlines():
        m = re.match(r"RxNorm:\d+\t([^\t]+)\t", line)
        if m:
            drugs.append(m.group(1))
    files["health-medicines.txt"] = ("cpic", "medicine ingredient names (RxNorm names in the CPIC drug table)",
                                     drugs)
    out = {}
    seen = set()
    for name in sorted(files, key=lambda n: ["health-diseases.txt", "health-symptoms.txt",
                                              "health-phenotypes-lay.txt", "health-medicines.txt",
                                              "health-diseases-es.txt"].index(n)):
        key, what, terms = files[name]
        repo, commit, licence = SOURCES[key]
        kept = sorted({c for c in (flt.clean(t) for t in terms) if c and c not in seen})
        seen.update(kept)
        header = [f"# {name} - {what}.",
                  f"# Source: https://github.com/{repo} at commit {commit}.",
                  f"# Licence: {licence}.",
                  "# Generated by scripts/vocab/build_health_vocab.py (filters: <= 4 words, no abbreviations, no common",
                  f"#   English single words, nothing the hand lists already hold); {len(kept)} entries. Do not edit by hand."]
        out[name] = "\n".join(header + kept) + "\n"
    return out


def main():
    args = vocab_io.arguments()
    vocab_io.write_or_check(build(args.mirror), args.check, lambda name, text: f"{name}: {text.count(chr(10)) - 5} entries")


if __name__ == "__main__":
    main()
