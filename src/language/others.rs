//! Languages Lede detects but has no extraction tables for yet: their frequent
//! function words, for [`super::detect`].

/// (code, stopwords) for each detectable language without its own folder.
pub static PROFILES: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
            "sich", "des", "auf", "für", "im", "dem", "auch", "es", "an", "werden", "aus", "er",
            "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "noch", "wie", "einem",
            "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur",
            "bis", "mehr",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para",
            "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya",
            "o", "fue", "este", "ha", "sí", "porque", "esta", "son", "entre", "cuando", "muy",
            "sin", "sobre", "también", "me", "hasta", "hay", "donde", "quien", "desde", "todo",
            "nos", "durante",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "e", "la", "per", "un", "in", "non", "una", "sono", "del", "della",
            "le", "si", "da", "con", "anche", "gli", "ha", "dei", "nel", "alla", "più", "ma",
            "come", "io", "questo", "delle", "è", "lo", "al", "sul", "dal", "nella", "degli",
            "hanno", "essere", "stato", "loro", "suo", "sua", "quando", "ancora", "dopo", "tra",
            "ci", "fra",
        ],
    ),
    (
        "pt",
        &[
            "o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os",
            "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "à",
            "seu", "sua", "ou", "quando", "muito", "nos", "já", "também", "só", "pelo", "pela",
            "até", "isso", "ela", "entre", "depois", "sem", "mesmo", "aos", "foi", "são", "está",
        ],
    ),
    (
        "nl",
        &[
            "de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor",
            "niet", "aan", "er", "om", "ook", "als", "bij", "maar", "door", "nog", "wordt", "naar",
            "dan", "uit", "was", "heeft", "worden", "tot", "over", "hij", "ze", "zij", "deze",
            "wel", "kan", "werd", "hebben", "meer", "al", "geen", "na", "wat", "moet", "ook",
            "onder",
        ],
    ),
];
