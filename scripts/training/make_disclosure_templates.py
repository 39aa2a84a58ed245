#!/usr/bin/env python3
"""Writes the template part of the disclosure model's training data.

compliance-rules/src/main/training/health-disclosure.tsv holds LABEL, LANG, SOURCE and TEXT columns. Lines whose
SOURCE is `hand` are written by hand and kept as they are; this script replaces every `template` line with the
sentences made here from frames and slot lists written for this project (never from any corpus post). It is
deterministic: a fixed seed and fixed list order, so running it twice gives the same file.

Usage: python3 scripts/training/make_disclosure_templates.py
"""
import pathlib
import random

FILE = pathlib.Path(__file__).resolve().parents[2] / "compliance-rules/src/main/training/health-disclosure.tsv"
SEED = 13

# ---------------------------------------------------------------- English
EN_TERMS = """sepsis|pneumonia|a stroke|a heart attack|dementia|a chest infection|a UTI|cellulitis|a DVT|a PE|COPD|asthma
|type 1 diabetes|type 2 diabetes|a broken hip|a fractured wrist|a head injury|a seizure|epilepsy|meningitis|bronchiolitis
|croup|appendicitis|gallstones|pancreatitis|kidney stones|a bowel obstruction|breast cancer|lung cancer|bowel cancer
|prostate cancer|leukaemia|lymphoma|a brain tumour|MS|Parkinson's|motor neurone disease|heart failure|AF|angina
|shingles|Covid|long covid|flu|norovirus|C diff|depression|anxiety|psychosis|bipolar|an eating disorder|anorexia
|an overdose|alcohol withdrawal|a hernia|a prolapse|endometriosis|pre-eclampsia|gestational diabetes|a miscarriage
|a stillbirth|jaundice|reflux|eczema|tonsillitis|glandular fever|a burst appendix|a slipped disc|sciatica|a DKA
|hypothermia|a pressure sore|delirium|a GI bleed|liver failure|kidney failure|a TIA|vertigo|a migraine|concussion
|whooping cough|chickenpox|scarlet fever|sickle cell|cystic fibrosis|a perforated ulcer|an abscess""".replace("\n", "").split("|")
EN_WHO = """my nan|my grandad|my mum|my dad|my husband|my wife|my son|my daughter|my sister|my brother|my auntie|my uncle
|my best mate|my partner|hubby|the wife|my mother in law|my little boy|my little girl|our Ellie|our Jack|our Megan
|the lady in bay 3|the gent in bed 6|the chap in side room 2|the lady in bed 12|the old boy in bay 4|my patient
|my pt|pt in bed 9|the woman in cubicle 5|the lad in majors 3|a 74 yo gent|an 89 year old lady|a 6 week old baby
|a 19 year old lad|this little one|this little man|the wee girl in cot 2|the young mum in bay 1|my colleague
|one of our HCAs|our ward clerk|my neighbour|the man next door|grandma|gramps|my stepdad|my twin|my niece|my nephew
|my godson|the fella we brought in|the lady we picked up at 3am|Mrs B on our ward|Mr T in bay 5|little Alfie|baby Rosa
|our Dylan|Sheila from the bingo|my flatmate|my fiancée|our lovely patient Margaret|my regular at the pharmacy""".replace("\n", "").split("|")
EN_WHEN = ["last night", "this morning", "yesterday", "on tuesday", "at 3am", "over the weekend", "tonight",
           "a week ago", "2day", "earlier", "on my night shift", "just now", "since friday", ""]
EN_CODA = ["", "", " 😢", " 💔", " 🙏", " ❤️", ", please keep her in your thoughts", ", fingers crossed",
           ", so scary", ", feeling helpless", " #nightshift", " #nhs", ", what a week", ", send prayers",
           ", bless", " x", ", gutted", ", obs stable now", ", family called", ", on iv abx"]
EN_PLACE = ["resus", "ICU", "HDU", "majors", "bay 2", "bed 7", "side room 3", "paeds", "NICU", "the stroke ward",
            "ward 9", "cubicle 4", "recovery", "the assessment unit"]
EN_D = [
    "{who} was rushed in {when} with {term}{coda}",
    "{who} got diagnosed with {term} {when}{coda}",
    "{who} has been in {place} with {term} {when}{coda}",
    "{who} came in with {term}, {aside}{coda}",
    "so proud of {who}, {n} weeks on from {term} and walking again{coda}",
    "sending love to {who} who is fighting {term}{coda}",
    "{who} is poorly with {term} and NBM{coda}",
    "{who} had {term} {when} and we nearly lost her{coda}",
    "{who} had {term} {when} and we nearly lost him{coda}",
    "can't stop thinking about {who}, {term} at only {age}{coda}",
    "{who} has lived with {term} for {n} years{coda}",
    "update on {who}: {term} is settling and obs are better{coda}",
    "{who} collapsed {when}, turned out to be {term}{coda}",
    "{who} is still in {place}, {term} hasn't cleared{coda}",
    "{who} was sent home {when} after {term}{coda}",
    "{who} is waiting on scans for {term}{coda}",
]
EN_ASIDE = ["straight to resus", "bloods sent", "sats 88% on air", "on a drip now", "pain 10/10", "obs all over",
            "reg on the way", "couldn't stand", "NEWS of 7", "on high flow", "cried the whole time"]
EN_GEN = ["diabetes", "asthma", "stroke", "dementia", "sepsis", "heart failure", "COPD", "epilepsy", "arthritis",
          "cancer", "breast cancer", "bowel cancer", "prostate cancer", "kidney disease", "mental health",
          "depression", "anxiety", "long covid", "flu", "Covid", "measles", "meningitis", "shingles", "eczema",
          "psoriasis", "MS", "Parkinson's", "endometriosis", "menopause", "osteoporosis", "glaucoma", "cataracts",
          "hearing loss", "obesity", "high blood pressure", "AF", "sickle cell", "HIV", "hepatitis C", "chlamydia",
          "self-harm", "eating disorders", "addiction", "pre-eclampsia", "heart disease", "lung cancer", "hip fractures",
          "falls", "pressure ulcers", "scarlet fever", "bronchiolitis", "croup", "migraine", "back pain"]
EN_G = [
    "know the signs of {g}, and act fast #{tag}",
    "our new {g} clinic opens on {day}, ask your GP for a referral",
    "{g} classes start on {day} in the outpatients building",
    "1 in {n} people will be affected by {g} in their lifetime",
    "people with {g} can now self-refer to our specialist team",
    "we're recruiting band 5 and 6 nurses for our {g} service #NHSjobs",
    "thank you to our amazing {g} team for all they do 💙",
    "welcome to Dr {surname}, our new {g} consultant!",
    "{public} spoke about living with {g} to raise awareness",
    "new research from our {g} team could change treatment for thousands",
    "patients with {g} are invited to our information evening on {day}",
    "what is {g}? our specialist nurse explains in 60 seconds",
    "it's {g} awareness week, find out how to lower your risk",
    "if you or a loved one has {g}, our support group meets every {day}",
    "could it be {g}? speak to your pharmacist or GP",
    "our {g} nurses are running a free drop-in on {day}",
    "{g} is more common than you think, learn the signs",
    "anyone with symptoms of {g} should get checked, it's free",
    "we've raised £{money} for {g} research, thank you all",
    "the {g} service has moved to the new wing from {day}",
    "children with {g} need a plan that school can follow",
    "a patient with {g} should be seen within the target time, our audit shows we're getting there",
    "if your child has {g}, keep them hydrated and call 111 if you're worried",
    "older people with {g} may need extra support this winter",
    "we're taking part in a national trial for people with {g}",
    "join our {g} charity walk on {day}, all welcome",
    "our {g} pathway has cut waiting times by a third",
    "staff wellbeing: free {g} talk for all colleagues on {day}",
]
EN_PUBLIC = ["the singer", "the former footballer", "the TV presenter", "the olympic rower", "the actor", "the MP",
             "the famous chef", "the boxer", "the author", "a well known comedian"]
EN_TAGS = ["awareness", "ActFast", "NHS", "KnowTheSigns", "health", "BeClearOnCancer", "WorldHealthDay"]
DAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
SURNAMES = ["Hughes", "Patel", "Okafor", "Lewis", "Murphy", "Khan", "Roberts", "Nowak", "Ahmed", "Price"]

# ---------------------------------------------------------------- Welsh
CY_TERMS = ["niwmonia", "sepsis", "strôc", "trawiad ar y galon", "dementia", "haint ar y frest", "asthma", "diabetes",
            "canser y fron", "canser yr ysgyfaint", "iselder", "gorbryder", "epilepsi", "llid yr ymennydd", "ffliw",
            "COVID", "clun wedi torri", "haint dŵr", "clefyd Parkinson", "methiant y galon", "llid y pendics"]
CY_WHO = ["Mae fy nain", "Mae fy nhaid", "Mae fy mam", "Mae fy nhad", "Mae fy ngŵr", "Mae fy ngwraig", "Mae fy mab",
          "Mae fy merch", "Mae fy chwaer", "Mae fy mrawd", "Mae'r claf yng ngwely 3", "Mae'r ddynes yn y bae",
          "Mae'r dyn yng ngwely 8", "Mae fy nghlaf", "Mae'r babi yn y crud 4", "Mae fy nghydweithiwr",
          "Mae'r bachgen bach", "Mae Mam-gu", "Mae Tad-cu", "Mae fy ffrind gorau"]
CY_D = ["{who} yn yr ysbyty gyda {term} {when}", "{who} wedi cael diagnosis o {term} {when}",
        "{who} yn wael iawn gyda {term}{coda}", "{who} yn gwella ar ôl {term}{coda}",
        "{who} yn yr uned gofal dwys gyda {term} {when}"]
CY_WHEN = ["ers neithiwr", "ers dydd Llun", "heddiw", "ddoe", "ers wythnos", "y bore 'ma", ""]
CY_CODA = ["", " 😢", " 🙏", ", meddyliwch amdani", ", diolch i'r staff", " ❤️"]
CY_G = ["Dysgwch arwyddion {g} #iechyd", "Mae clinig {g} newydd yn agor ddydd {day}",
        "Mae 1 o bob {n} person yn byw gyda {g}", "Mae pobl sy'n byw gyda {g} yn gallu cael cymorth",
        "Rydym yn recriwtio nyrsys ar gyfer ein gwasanaeth {g}", "Diolch i'n tîm {g} am eu gwaith",
        "Beth yw {g}? Mae ein nyrs yn esbonio", "Os oes gan eich plentyn {g}, ffoniwch 111",
        "Wythnos ymwybyddiaeth {g}: dysgwch sut i leihau'r risg",
        "Mae ymchwil newydd gan ein tîm yn helpu pobl ag {g}", "Mae grŵp cefnogi {g} yn cwrdd bob dydd {day}"]
DAYS_CY = ["Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn"]

# ---------------------------------------------------------------- Spanish
ES_TERMS = ["neumonía", "sepsis", "un ictus", "un infarto", "demencia", "una infección respiratoria", "asma",
            "diabetes", "cáncer de mama", "cáncer de pulmón", "depresión", "ansiedad", "epilepsia", "meningitis",
            "gripe", "covid", "una fractura de cadera", "una infección de orina", "párkinson", "insuficiencia cardíaca",
            "apendicitis", "bronquiolitis"]
ES_WHO = ["Mi abuela", "Mi abuelo", "Mi madre", "Mi padre", "Mi marido", "Mi mujer", "Mi hijo", "Mi hija",
          "Mi hermana", "Mi hermano", "El paciente de la cama 3", "La señora del box 5", "El señor de la habitación 8",
          "Mi paciente", "El bebé de la cuna 4", "Mi compañera", "El peque", "La yaya", "Mi suegra", "Mi mejor amigo"]
ES_D = ["{who} está ingresado con {term} {when}", "{who} fue diagnosticado de {term} {when}",
        "{who} está muy malito con {term}{coda}", "{who} se recupera de {term}{coda}",
        "{who} está en la UCI con {term} {when}"]
ES_WHEN = ["desde anoche", "desde el lunes", "hoy", "ayer", "desde hace una semana", "esta mañana", ""]
ES_CODA = ["", " 😢", " 🙏", ", mandadle fuerza", ", gracias al personal", " ❤️"]
ES_G = ["Conoce los síntomas de {g} #salud", "Abrimos una nueva consulta de {g} el {day}",
        "Una de cada {n} personas vive con {g}", "Las personas con {g} pueden pedir ayuda en su centro de salud",
        "Buscamos enfermeras para nuestro servicio de {g}", "Gracias a nuestro equipo de {g} por su trabajo",
        "¿Qué es {g}? Nuestra enfermera te lo explica", "Si tu hijo tiene {g}, llama a tu pediatra",
        "Semana de concienciación sobre {g}: reduce tu riesgo",
        "Un nuevo estudio de nuestro equipo ayuda a personas con {g}", "El grupo de apoyo de {g} se reúne cada {day}"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]

# ---------------------------------------------------------------- Italian
IT_TERMS = ["polmonite", "sepsi", "un ictus", "un infarto", "demenza", "un'infezione respiratoria", "asma", "diabete",
            "tumore al seno", "tumore al polmone", "depressione", "ansia", "epilessia", "meningite", "influenza",
            "covid", "una frattura del femore", "un'infezione urinaria", "Parkinson", "scompenso cardiaco",
            "appendicite", "bronchiolite"]
IT_WHO = ["Mia nonna", "Mio nonno", "Mia madre", "Mio padre", "Mio marito", "Mia moglie", "Mio figlio", "Mia figlia",
          "Mia sorella", "Mio fratello", "Il paziente del letto 3", "La signora del box 5", "Il signore della stanza 8",
          "Il mio paziente", "Il neonato nella culla 4", "La mia collega", "Il piccolo", "La nonnina", "Mia suocera",
          "Il mio migliore amico"]
IT_D = ["{who} è ricoverato con {term} {when}", "{who} ha avuto la diagnosi di {term} {when}",
        "{who} sta molto male per {term}{coda}", "{who} si sta riprendendo da {term}{coda}",
        "{who} è in terapia intensiva con {term} {when}"]
IT_WHEN = ["da ieri sera", "da lunedì", "oggi", "ieri", "da una settimana", "stamattina", ""]
IT_CODA = ["", " 😢", " 🙏", ", mandatele forza", ", grazie al personale", " ❤️"]
IT_G = ["Riconosci i sintomi di {g} #salute", "Apriamo un nuovo ambulatorio per {g} il {day}",
        "Una persona su {n} vive con {g}", "Le persone con {g} possono chiedere aiuto al medico di famiglia",
        "Cerchiamo infermieri per il nostro servizio di {g}", "Grazie alla nostra équipe di {g} per il lavoro",
        "Cos'è {g}? La nostra infermiera lo spiega", "Se tuo figlio ha {g}, chiama il pediatra",
        "Settimana di sensibilizzazione su {g}: riduci il rischio",
        "Un nuovo studio della nostra équipe aiuta le persone con {g}", "Il gruppo di supporto per {g} si riunisce ogni {day}"]
DAYS_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"]


def strip_article(term):
    for a in ("a ", "an ", "un ", "una ", "un'"):
        if term.startswith(a):
            return term[len(a):], term[: len(a)]
    return term, ""


def mark(text, term):
    """Puts the clinical term (without its article) in [[ ]]."""
    bare, art = strip_article(term)
    return text.replace(term, art + "[[" + bare + "]]", 1)


def fill(rng, frame, slots):
    values = {k: rng.choice(v) for k, v in slots.items()}
    text = frame.format(**values)
    text = " ".join(text.split())
    key = "term" if "term" in values and "{term}" in frame else "g"
    return mark(text, values[key])


def make(rng, lang, label, frames, slots, count):
    out = []
    seen = set()
    tries = 0
    while len(out) < count and tries < count * 50:
        tries += 1
        frame = frames[len(out) % len(frames)] if tries <= count else rng.choice(frames)
        line = fill(rng, frame, slots)
        if line not in seen and line.count("[[") == 1:
            seen.add(line)
            out.append(f"{label}\t{lang}\ttemplate\t{line}")
    return out


def generate():
    rng = random.Random(SEED)
    nums = [str(n) for n in (2, 3, 4, 5, 6, 8, 10, 12)]
    ages = ["19", "24", "31", "42", "8", "16", "3"]
    lines = []
    lines += make(rng, "en", "D", EN_D, {
        "who": EN_WHO, "term": EN_TERMS, "when": EN_WHEN, "coda": EN_CODA, "place": EN_PLACE,
        "aside": EN_ASIDE, "n": nums, "age": ages}, 450)
    lines += make(rng, "en", "G", EN_G, {
        "g": EN_GEN, "day": DAYS_EN, "n": nums, "tag": EN_TAGS, "surname": SURNAMES, "public": EN_PUBLIC,
        "money": ["2,000", "5,400", "12k", "800", "30,000"]}, 520)
    for lang, d, g, who, terms, when, coda, days in (
            ("cy", CY_D, CY_G, CY_WHO, CY_TERMS, CY_WHEN, CY_CODA, DAYS_CY),
            ("es", ES_D, ES_G, ES_WHO, ES_TERMS, ES_WHEN, ES_CODA, DAYS_ES),
            ("it", IT_D, IT_G, IT_WHO, IT_TERMS, IT_WHEN, IT_CODA, DAYS_IT)):
        lines += make(rng, lang, "D", d, {"who": who, "term": terms, "when": when, "coda": coda}, 60)
        lines += make(rng, lang, "G", g, {"g": [strip_article(t)[0] for t in terms], "day": days, "n": nums}, 70)
    return lines


def main():
    kept = [l for l in FILE.read_text(encoding="utf-8").splitlines() if l.split("\t")[2:3] != ["template"]]
    FILE.write_text("\n".join(kept + generate()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
