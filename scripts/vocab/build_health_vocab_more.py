#!/usr/bin/env python3
"""Builds the second set of open clinical vocabularies (medicine brands, more ingredients, procedures and tests,
Italian and Spanish findings) in compliance-rules/src/main/resources/hst/lexicons/, in the shape of
build_health_vocab.py: git snapshots pinned to a commit, read with `git show COMMIT:PATH`, a header naming source,
commit and licence, and --check to rebuild in memory and compare.

Sources (licence recorded in each output header and in NOTICE):
  davidanderson3/rxnorm-ingredients   RxNorm Current Prescribable Content (U.S. National Library of Medicine,
                                      06 Oct 2025), extracted to JSON (web/data/*.json); RxNorm's own (SAB=RXNORM)
                                      names are public domain (U.S. Government work). The repository has no licence file of
                                      its own; only the NLM names are used. web/data/A.json is not in the snapshot
                                      (over its 4 MiB file limit), so ingredients whose name starts with A are
                                      taken from the combination products listed under the other letters.
  monarch-initiative/MAxO             CC BY 4.0   Medical Action Ontology: procedures, tests and therapies.
  obophenotype/hpo-translations       HPO licence Italian and Spanish labels and exact synonyms of HPO terms.

Usage: python3 scripts/vocab/build_health_vocab_more.py [--mirror /work/.mirror] [--check]

Filters, on top of build_health_vocab.Filter (which drops common English words, abbreviations, codes, long
phrases and what the hand lists hold):
  brands: one or two words, at least 4 letters, no digits, not an English word (words-en.txt, any rank), not a
    first name or surname, not a Welsh word, not an ingredient already listed; only brands sold in a form taken
    as medicine (tablet, capsule, injection, inhaler, patch, drops...), not only as a cream, toothpaste, lozenge
    or sunscreen, and not made only of everyday substances (fluoride, menthol, sunscreen agents, vitamins).
  ingredients: RxNorm ingredient names (TTY IN) of one or two words.
  procedures: MAxO names and exact synonyms that the English filter keeps, minus category labels
    ("... procedure", "... by site", "... avoidance").
  Italian/Spanish: the English source term must name a finding a person has (not "abnormal ... morphology",
    "... level", a category or an obsolete term); a single translated word is kept only if it has a clinical ending (-ite,
    -osi, -emia, -algia, -oma, -patia ...) and is not a name; phrases of two to four words are kept.
Every file is deduplicated against the lists built before it and against the committed health-*.txt files of
build_health_vocab.py.
"""
import csv
import io
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_health_vocab as base  # noqa: E402
import vocab_io  # noqa: E402

LEX = base.LEX
SOURCES = {
    "rxnorm": ("davidanderson3/rxnorm-ingredients", "a8fcf13a679fa37073e8fa83e11d5e0d8cc07276",
               "public domain: RxNorm normalized names (SAB=RXNORM) are a U.S. Government work of the National "
               "Library of Medicine (https://www.nlm.nih.gov/research/umls/rxnorm/docs/termsofservice.html), "
               "courtesy of the U.S. National Library of Medicine; the repository has no licence file and only "
               "these names are used"),
    "maxo": ("monarch-initiative/MAxO", "7715a3f04d50afc65b64fcdff180ce121f47ed8f", "CC BY 4.0"),
    "hpotr": ("obophenotype/hpo-translations", "62f1d254f93e47d87e874783019ccd7480400e76",
              "HPO licence (https://hpo.jax.org/app/license): free use with attribution; the repository carries "
              "the HPO internationalisation effort's translations and no separate licence file"),
}
RX_LETTERS = [c for c in "BCDEFGHIJKLMNOPQRSTUVWXYZ"] + ["0-9"]  # A.json is not in the snapshot (see above)
EXISTING = ["health-diseases.txt", "health-symptoms.txt", "health-phenotypes-lay.txt", "health-medicines.txt",
            "health-diseases-es.txt"]
ORDER = ["health-medicines-rxnorm.txt", "health-medicine-brands.txt", "health-procedures.txt",
         "health-phenotypes-it.txt", "health-phenotypes-es.txt"]

# Dose forms of something taken as a medicine. Brands sold only as creams, washes, toothpastes, lozenges, lip
# balms or sunscreens are left out: "we all used Coppertone" is not a health detail.
MEDICINE_FORM = re.compile(r"\b(Tablet|Capsule|Injection|Injectable|Syringe|Injector|Cartridge|Inhaler|Inhalant|"
                           r"Inhalation|Nebuli|Transdermal|Patch|Implant|Intrauterine|Vaginal Ring|Suppositor|"
                           r"Enema|Ophthalmic|Otic|Nasal Spray|Oral Solution|Oral Suspension|Oral Film|Sublingual|"
                           r"Buccal|Granules|Pellet|Oral Powder|Extended Release|Delayed Release)")
EVERYDAY_INGREDIENTS = {
    "sodium fluoride", "stannous fluoride", "sodium monofluorophosphate", "menthol", "camphor", "eucalyptus oil",
    "avobenzone", "octocrylene", "oxybenzone", "homosalate", "octisalate", "octinoxate", "ensulizole",
    "titanium dioxide", "zinc oxide", "ethanol", "isopropyl alcohol", "benzalkonium", "benzalkonium chloride",
    "triclosan", "glycerin", "petrolatum", "dimethicone", "lanolin", "allantoin", "witch hazel", "caffeine",
    "ascorbic acid", "cholecalciferol", "vitamin a", "vitamin e", "alpha-tocopherol", "cyanocobalamin",
    "pyridoxine", "riboflavin", "thiamine", "niacinamide", "folic acid", "biotin", "calcium carbonate",
    "magnesium oxide", "potassium chloride", "sodium chloride", "zinc sulfate", "ferrous sulfate", "iron",
    "calcium", "magnesium", "zinc", "copper", "manganese", "selenium", "iodine", "phenol", "cetylpyridinium",
    "hydrogen peroxide", "water", "oxygen", "nitrogen", "carbon dioxide", "sucrose", "dextrose", "glucose"}
SALTS = {"hydrochloride", "sodium", "potassium", "calcium", "acetate", "sulfate", "maleate", "mesylate",
         "citrate", "tartrate", "fumarate", "succinate", "phosphate", "bromide", "chloride", "besylate",
         "magnesium", "hyclate", "monohydrate", "dihydrate", "hydrobromide", "nitrate", "tosylate", "lactate",
         "disodium", "dipropionate", "propionate", "valerate", "benzoate", "gluconate", "pamoate", "oxalate",
         "trihydrate", "anhydrous", "hemifumarate", "dimesylate", "bitartrate", "decanoate", "enanthate",
         "cypionate", "furoate", "xinafoate", "bromide", "meglumine", "tromethamine", "aluminum", "zinc"}
MAXO_DROP = re.compile(r"\b(procedure|procedures|by site|avoidance|avoided|avoid|recommendation|intervention|"
                       r"therapy by|agent|agents|administration of|exposure|measurement|assessment|analysis|"
                       r"care|obsolete|diet|food|supplementation|consumption|activity|behavior|behaviour|"
                       r"lifestyle|education|counseling|counselling|avoiding|intake|restriction|supplemental|usage)\b")
# English source terms that name a measurement or a shape rather than something a person has.
HPO_SOURCE_DROP = re.compile(r"(?i)\b(abnormal|abnormality|morphology|level|levels|concentration|count|ratio|"
                             r"activity|physiology|proportion|amplitude|latency|all|onset|mode of inheritance|"
                             r"inheritance|frequency|course|severity|variable|triggered|exacerbated|obsolete)\b")
CLINICAL_ENDING = re.compile(r"(ite|itis|osi|osis|emia|emía|algia|algía|oma|patia|patía|plegia|plejía|plejia|"
                             r"trofia|trofía|cele|rragia|rrea|uria|uria|penia|cardia|ectomia|ectomía|scopia|"
                             r"scopía|tosi|tosis|ismo|fobia|mania|manía|plasia|asia|ptisi|tisis|stenosi|"
                             r"stenosis|epsia|epsía|ossia|oxia|ernia|hernia|cefalea|asma|tosse|tos|febbre|fiebre|"
                             r"diarrea|diarrhea|vertigine|vértigo|ictus|ittero|ictericia|nausea|náusea|vomito|"
                             r"vómito|emesi|emesis|insonnia|insomnio|obesità|obesidad|demenza|demencia|"
                             r"depressione|depresión|ansia|ansiedad|convulsione|convulsión|crisi epilettica)$")
NOT_CLINICAL_IT_ES = {"ismo", "turismo", "organismo", "meccanismo", "mecanismo", "realismo", "fanatismo",
                      "dinamismo", "ottimismo", "optimismo", "pessimismo", "pesimismo", "altruismo",
                      "egoismo", "egoísmo", "eufemismo", "periodismo", "giornalismo", "cinismo", "cinema",
                      "fantasia", "fantasía", "cortesia", "cortesía", "poesia", "poesía", "idioma", "aroma",
                      "paloma", "broma", "goma", "coma", "roma", "diploma", "sistema", "problema", "tema",
                      "esquema", "schema", "clima", "forma", "norma", "firma", "fama", "cama", "rama", "llama",
                      "asia", "malasia", "tosi", "tos", "mania"}


# Brand names that are also family names the name lists do not hold ("Adam Schiff").
BRAND_DROP = {"schiff", "dotti"}
# English dictionary words that are medicines; every other single-word ingredient in words-en.txt (potassium,
# starch, talc, helium, gelatin...) is an everyday substance in a post.
MEDICINE_WORDS = {"testosterone", "lithium", "nitroglycerin", "cortisone", "ibuprofen", "phenobarbital",
                  "streptomycin", "acetaminophen", "progesterone", "morphine", "penicillin", "insulin", "codeine",
                  "estrogen", "oestrogen", "methadone", "heroin", "quinine", "aspirin", "paracetamol"}
# Single-word procedures that are also English words stay only with a surgical or diagnostic ending
# ("tracheotomy"); "fasting", "infusion", "implantation" go.
PROCEDURE_ENDING = re.compile(r"(ectomy|otomy|ostomy|plasty|scopy|graphy|gram|pexy|centesis|rrhaphy|therapy)$")


def git_show(mirror, key, path):
    repo, commit, _ = SOURCES[key]
    return vocab_io.git_show(mirror, repo, commit, path)


def stop_words():
    """Keys that must never be an entry: English words, names, Welsh words."""
    out = set(base.load_list("words-en.txt"))
    for f in ("first-names.txt", "surnames.txt", "words-cy.txt"):
        out.update(s.lower() for s in base.load_list(f))
    return out


def ingredient_parts(scd_name):
    """'12 HR acetaminophen 325 MG / oxycodone 5 MG Oral Tablet' -> ['acetaminophen', 'oxycodone']."""
    out = []
    for part in scd_name.split(" / "):
        part = re.sub(r"^([\d.]+ (HR|ML|ACTUAT|MG|DAY|WEEK|CELLS|UNT|MEQ) )+", "", part.strip())
        m = re.match(r"^([a-z][a-z' -]*?) [\d.]+ ", part)
        if m:
            out.append(m.group(1))
    return out


def rxnorm(mirror):
    ingredients, brands = [], {}
    for letter in RX_LETTERS:
        for rec in json.loads(git_show(mirror, "rxnorm", f"web/data/{letter}.json")):
            if rec.get("TTY") == "IN":
                ingredients.append(rec["Name"])
            for scdc in rec.get("SCDCs", []):
                for scd in scdc.get("SCDs", []):
                    parts = ingredient_parts(scd["Name"])
                    ingredients.extend(p for p in parts if not any(w in SALTS for w in p.split(" ")))
                    for sbd in scd.get("SBDs", []):
                        medicine = bool(MEDICINE_FORM.search(sbd["Name"]))
                        everyday = all(p in EVERYDAY_INGREDIENTS for p in parts) if parts else False
                        for bn in sbd.get("BNs", []):
                            ok = brands.setdefault(bn["Name"], False)
                            brands[bn["Name"]] = ok or (medicine and not everyday)
    return ingredients, [b for b, ok in brands.items() if ok], len(brands)


class Cleaner:
    def __init__(self):
        self.flt = base.Filter()
        self.stop = stop_words()
        self.english = set(base.load_list("words-en.txt"))
        self.names = self.stop - self.english
        self.existing = {s.lower() for f in EXISTING for s in base.load_list(f) if not s.startswith("#")}

    def ingredient(self, term):
        t = self.flt.clean(term)
        if not t or len(t.split(" ")) > 2 or t in base.EVERYDAY or t in EVERYDAY_INGREDIENTS:
            return None
        if " " not in t and (t in self.names or t in self.english and t not in MEDICINE_WORDS):
            return None
        return t

    def brand(self, name):
        t = name.strip()
        if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*( [A-Za-z][A-Za-z'-]*)?", t) or t.isupper() and len(t) <= 6:
            return None
        t = t.lower()
        words = t.split(" ")
        if any(len(w) < 4 for w in words) or any(w in self.stop for w in words if len(words) == 1):
            return None
        if len(words) == 2 and all(w in self.stop for w in words):
            return None  # "Plan B", "Good Sense": everyday words together
        if t.replace("-", "") in self.stop or t in self.stop or t in BRAND_DROP:
            return None
        return t

    def procedure(self, term):
        t = self.flt.clean(term)
        if not t or MAXO_DROP.search(t):
            return None
        if " " not in t and (t in self.names or t in self.english and not PROCEDURE_ENDING.search(t)
                             or not re.search(r"[aeiouy]", t)):
            return None
        return t

    def translated(self, source, term):
        if not source or HPO_SOURCE_DROP.search(source) or len(source.split()) > 6 \
                or source.strip().lower() in base.DROP_WORDS | base.ALONE_DROP:
            return None
        t = term.strip().strip('"').lower()
        t = re.sub(r"\s+", " ", t)
        if not base.OK.match(t) or any(c.isdigit() for c in t):
            return None
        words = t.split(" ")
        if len(words) > base.MAX_WORDS:
            return None
        if len(words) == 1:
            if len(t) < 5 or t in self.stop or t in NOT_CLINICAL_IT_ES or not CLINICAL_ENDING.search(t):
                return None
        elif all(len(w) <= 3 or w in self.stop for w in words):
            return None
        return t


def build(mirror):
    c = Cleaner()
    files = {}
    ingredients, brands, brands_all = rxnorm(mirror)
    files["health-medicines-rxnorm.txt"] = (
        "rxnorm", "medicine ingredient names (RxNorm ingredients in the Current Prescribable Content)",
        ingredients, c.ingredient, "<= 2 words, no salts, no everyday substances")
    files["health-medicine-brands.txt"] = (
        "rxnorm", "medicine brand names (RxNorm brand names in the Current Prescribable Content)",
        brands, c.brand, "<= 2 words of >= 4 letters, no English word, name or Welsh word, medicine forms only")
    maxo = base.obo_terms(git_show(mirror, "maxo", "maxo-base.obo"))
    files["health-procedures.txt"] = (
        "maxo", "procedures, tests and therapies (Medical Action Ontology names and exact synonyms)",
        maxo, c.procedure, "<= 4 words, no category labels, no common English single words")
    for lang, name in (("it", "Italian"), ("es", "Spanish")):
        pairs = []
        tsv = git_show(mirror, "hpotr", f"babelon/hp-{lang}.babelon.tsv")
        for row in csv.DictReader(io.StringIO(tsv), delimiter="\t"):
            if row.get("predicate_id") in ("rdfs:label", "oboInOwl:hasExactSynonym") \
                    and row.get("translation_status") != "NOT_ACCEPTED":
                pairs.append((row["source_value"], row["translation_value"]))
        files[f"health-phenotypes-{lang}.txt"] = (
            "hpotr", f"clinical findings in {name} (HPO labels and exact synonyms, {name} translations)",
            pairs, lambda p: c.translated(*p), "<= 4 words, English source a finding, single words clinical only")
    out, counts = {}, {}
    seen = set(c.existing)
    for name in ORDER:
        key, what, terms, clean, filters = files[name]
        repo, commit, licence = SOURCES[key]
        kept = sorted({t for t in (clean(x) for x in terms) if t and t not in seen})
        seen.update(kept)
        raw = brands_all if name == "health-medicine-brands.txt" else len(set(terms))
        counts[name] = (raw, len(kept))
        header = [f"# {name} - {what}.",
                  f"# Source: https://github.com/{repo} at commit {commit}.",
                  f"# Licence: {licence}.",
                  f"# Generated by scripts/vocab/build_health_vocab_more.py (filters: {filters};",
                  f"#   nothing the other health lists hold); {len(kept)} of {raw} source terms kept. Do not edit by hand."]
        out[name] = "\n".join(header + kept) + "\n"
    return out, counts


def main():
    args = vocab_io.arguments()
    out, counts = build(args.mirror)

    vocab_io.write_or_check(
        out, args.check, lambda name, text: f"{name}: {counts[name][0]} source terms, {counts[name][1]} kept",
        describe_when_checking=True)


if __name__ == "__main__":
    main()
