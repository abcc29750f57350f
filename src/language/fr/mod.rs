//! French tables.

mod dates;
mod entities;
mod quotes;

use super::{Common, Tables};

pub static TABLES: Tables = Tables {
    code: "fr",
    common: &COMMON,
    dates: &dates::DATES,
    entities: &entities::ENTITIES,
    quotes: &quotes::QUOTES,
};

pub static COMMON: Common = Common {
    abbreviations: &[
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "etc", "cf", "p",
        "av", "bd", "boul", "env", "vol", "n°", "no", "janv", "févr", "fév", "avr", "juil", "sept",
        "oct", "nov", "déc", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "gén", "col", "lt",
        "cdt", "sgt", "capt", "min", "max", "art", "ex", "hab", "tél", "jr", "pp", "chap", "fig",
        "éd", "coll", "trad", "vs", "resp", "dépt", "réf",
    ],
    elisions: &[
        "l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu",
        "presqu",
    ],
    whole_words: &[
        "aujourd'hui",
        "aujourd’hui",
        "prud'hommes",
        "prud’hommes",
        "presqu'île",
        "presqu’île",
    ],
    months: &[
        ("janvier", 1),
        ("janv", 1),
        ("février", 2),
        ("fevrier", 2),
        ("févr", 2),
        ("fév", 2),
        ("mars", 3),
        ("avril", 4),
        ("avr", 4),
        ("mai", 5),
        ("juin", 6),
        ("juillet", 7),
        ("juil", 7),
        ("août", 8),
        ("aout", 8),
        ("septembre", 9),
        ("sept", 9),
        ("octobre", 10),
        ("oct", 10),
        ("novembre", 11),
        ("nov", 11),
        ("décembre", 12),
        ("decembre", 12),
        ("déc", 12),
    ],
    weekdays: &[
        ("lundi", 0),
        ("mardi", 1),
        ("mercredi", 2),
        ("jeudi", 3),
        ("vendredi", 4),
        ("samedi", 5),
        ("dimanche", 6),
    ],
    final_abbreviations: &["etc", "cf", "ex", "jr", "min", "max", "hab"],
    stopwords: &[
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans",
        "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "il", "elle", "ils",
        "elles", "nous", "vous", "je", "on", "sont", "ont", "a", "été", "était", "par", "plus",
        "mais", "ou", "où", "son", "sa", "ses", "leur", "leurs", "se", "ne", "après", "selon",
        "lors", "aussi", "très", "entre", "depuis", "sous", "chez", "comme", "tout", "tous",
        "même", "donc", "alors", "avait", "sera", "fait", "y", "l'", "d'", "qu'", "n'", "s'", "c'",
        "j'", "jusqu'", "lorsqu'", "puisqu'",
    ],
    endings: &[
        "ment", "tion", "tions", "eux", "euse", "euses", "aient", "ait", "èrent", "ée", "ées",
        "és", "ère", "eur", "eurs", "ique", "iques", "aux", "oient", "ez", "ons", "ont", "eau",
        "eaux", "oire", "ienne",
    ],
    letters: &[
        "é", "è", "ê", "à", "ù", "â", "î", "ô", "û", "ç", "œ", "ë", "ï", "eau", "oi", "ou",
    ],
    byline_words: &["par"],
    caption_words: &[
        "photo",
        "photos",
        "crédit",
        "crédits",
        "crédit photo",
        "crédits photo",
        "illustration",
        "légende",
        "image",
        "vidéo",
    ],
    dateline_words: &[
        "publié le",
        "publiée le",
        "mis à jour le",
        "mise à jour le",
        "modifié le",
        "actualisé le",
        "mis en ligne le",
        "dernière mise à jour",
        "à",
        "le",
        "et",
        "heure de paris",
    ],
    am_words: &[],
    pm_words: &[],
};
