//! Languages Lede detects but has no extraction tables for yet (de, es, it, pt, nl):
//! the evidence [`super::detect`] weighs — frequent function words, typical word endings
//! and typical letters or letter groups.
//!
//! French and English keep the same three lists in their `Common` tables.

use super::detect::Profile;

/// One profile per detectable language without its own folder.
pub static PROFILES: &[Profile] = &[
    Profile {
        code: "de",
        stopwords: &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
            "sich", "des", "auf", "für", "im", "dem", "auch", "es", "an", "werden", "aus", "er",
            "hat", "dass", "daß", "sie", "nach", "wird", "bei", "einer", "um", "noch", "wie",
            "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor",
            "zur", "bis", "mehr", "sagte", "ich", "wir", "ihr", "sind", "wurde", "wurden", "kein",
            "keine", "durch", "unter", "gegen", "seit", "sei", "am",
        ],
        endings: &[
            "ung", "ungen", "lich", "keit", "heit", "chen", "isch", "schaft", "ig", "tz", "nen",
            "ern", "te", "ten", "st",
        ],
        letters: &[
            "ß", "ä", "ö", "ü", "sch", "tz", "ei", "eu", "z", "pf", "ck", "k", "w",
        ],
    },
    Profile {
        code: "es",
        stopwords: &[
            "el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para",
            "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya",
            "o", "fue", "este", "ha", "sí", "porque", "esta", "son", "entre", "cuando", "muy",
            "sin", "sobre", "también", "me", "hasta", "hay", "donde", "quien", "desde", "todo",
            "nos", "durante", "dijo", "estaba", "están", "había", "han", "ni", "tras", "según",
            "ese", "esa", "eso", "bajo", "pues", "mientras", "a", "hace", "tres", "aunque", "cual",
        ],
        endings: &[
            "ción", "ciones", "dad", "dades", "mente", "ado", "ada", "ados", "adas", "ido", "ida",
            "ía", "ían", "aba", "aban", "ando", "iendo", "ero", "os", "io",
        ],
        letters: &["ñ", "ó", "í", "á", "ú", "é", "ll", "ue", "ie", "z"],
    },
    Profile {
        code: "it",
        stopwords: &[
            "il", "di", "che", "e", "la", "per", "un", "in", "non", "una", "sono", "del", "della",
            "le", "si", "da", "con", "anche", "gli", "ha", "dei", "nel", "alla", "più", "ma",
            "come", "io", "questo", "delle", "è", "lo", "al", "sul", "dal", "nella", "degli",
            "hanno", "essere", "stato", "loro", "suo", "sua", "quando", "ancora", "dopo", "tra",
            "ci", "fra", "detto", "era", "erano", "sotto", "questa", "perché", "l'", "dell'",
            "all'", "nell'", "un'", "dall'", "sull'", "i", "a", "sulla", "sui", "dalla", "nelle",
            "negli", "alle", "ai", "sugli", "tre", "quello", "quella", "dove", "mentre",
        ],
        endings: &[
            "zione", "zioni", "mente", "ità", "ato", "ata", "ati", "ate", "ito", "iti", "ggio",
            "ono", "ano", "ere", "are", "ire", "etto", "ella", "elli", "ssimo", "li", "ni", "ri",
            "ti", "chi", "ghi",
        ],
        letters: &[
            "zz", "cc", "gli", "gn", "sc", "tt", "ò", "ì", "à", "è", "ù", "zi",
        ],
    },
    Profile {
        code: "pt",
        stopwords: &[
            "o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os",
            "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "à",
            "seu", "sua", "ou", "quando", "muito", "nos", "já", "também", "só", "pelo", "pela",
            "até", "isso", "ela", "entre", "depois", "sem", "mesmo", "aos", "foi", "são", "está",
            "estava", "disse", "sob", "eram", "tem", "têm", "nas", "num", "numa", "às", "é", "há",
            "vamos", "três", "segundo", "ainda", "onde", "lhe", "pelos", "pelas", "nesta", "neste",
        ],
        endings: &[
            "ção", "ções", "ão", "ões", "dade", "mente", "ado", "ada", "inho", "inha", "eira",
            "eiro", "ava", "aram", "iram", "eram", "em", "ens", "os", "ais",
        ],
        letters: &[
            "ã", "õ", "ç", "lh", "nh", "â", "ê", "ô", "á", "é", "ó", "í", "ú",
        ],
    },
    Profile {
        code: "nl",
        stopwords: &[
            "de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor",
            "niet", "aan", "er", "om", "ook", "als", "bij", "maar", "door", "nog", "wordt", "naar",
            "dan", "uit", "was", "heeft", "worden", "tot", "over", "hij", "ze", "zij", "deze",
            "wel", "kan", "werd", "hebben", "meer", "al", "geen", "na", "wat", "moet", "onder",
            "zei", "die", "ik", "we", "wij", "zou", "hun", "omdat", "toen",
        ],
        endings: &[
            "heid", "lijk", "lijke", "ijk", "tje", "tjes", "ische", "aar", "eren", "ing", "en",
            "tie", "ie",
        ],
        letters: &[
            "ij", "aa", "oo", "ee", "uu", "oe", "ui", "sch", "cht", "k", "w", "z",
        ],
    },
];
